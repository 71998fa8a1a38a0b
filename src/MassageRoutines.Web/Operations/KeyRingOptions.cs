using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MassageRoutines.Web.Operations;

/// <summary>The certificate that encrypts the key ring at rest (<see cref="KeyRing"/>).</summary>
public sealed class KeyRingOptions : IValidatableObject
{
    public const string Section = "DataProtection";

    /// <summary>A PFX (PKCS #12) file holding a certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password.</summary>
    public string? CertificatePassword { get; set; }

    public bool Encrypted => !string.IsNullOrEmpty(CertificatePath);

    /// <summary>The certificate, opened from its file; null when none is set.</summary>
    public X509Certificate2? OpenCertificate() =>
        Encrypted ? X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, CertificatePassword) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Encrypted)
        {
            yield break;
        }
        if (!File.Exists(CertificatePath))
        {
            yield return new($"DataProtection:CertificatePath has '{CertificatePath}', which is not a file: it takes the path of a PFX file.", [nameof(CertificatePath)]);
            yield break;
        }
        string? problem = null;
        try
        {
            using var certificate = OpenCertificate()!;
            if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            {
                problem = "DataProtection:CertificatePath holds no RSA private key: it takes a PFX with the certificate's RSA key.";
            }
        }
        catch (CryptographicException e)
        {
            problem = $"DataProtection:CertificatePath could not be opened with DataProtection:CertificatePassword ({e.Message}): it takes a PFX file and its password.";
        }
        if (problem is not null)
        {
            yield return new(problem, [nameof(CertificatePath)]);
        }
    }
}
