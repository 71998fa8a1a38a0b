using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The keys that protect sign-in and antiforgery cookies (and, through them, the VAPID private key)
/// live in the database, so every instance accepts the others' cookies and a restart keeps everyone
/// signed in. With <c>DataProtection:CertificatePath</c> set they are encrypted there with that
/// certificate; without it they are stored as they are, and anyone with a copy of the database could
/// forge a coach's sign-in: the app says so once at start.
/// New keys use AES-256-GCM: authenticated encryption as strong as the default (AES-256-CBC with
/// HMAC-SHA256) that costs less on every signed-in request and every form; keys made before keep the
/// algorithm they were made with, so their cookies still open until those keys expire.
/// </summary>
public static class KeyRing
{
    public const string ApplicationName = "MassageRoutines";

    public const string Unencrypted =
        "DataProtection:CertificatePath is not set, so the keys that sign cookies are stored unencrypted in the database: "
        + "anyone with a copy of it (a backup) can forge a coach's sign-in. Set DataProtection:CertificatePath and DataProtection:CertificatePassword.";

    private static readonly AuthenticatedEncryptorConfiguration Algorithms = new() { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM };

    public static WebApplicationBuilder AddKeyRing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .UseCryptographicAlgorithms(Algorithms);
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new StoreKeyRepository(scopes));
        // Read here, as the certificate is given as the services are registered. Settings that do not
        // open a certificate are left to the options check, which stops the start naming them.
        var settings = builder.Configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new();
        if (settings.Encrypted && !settings.Validate(new ValidationContext(settings)).Any())
        {
            dataProtection.ProtectKeysWithCertificate(settings.OpenCertificate()!);
        }
        return builder;
    }

    /// <summary>Makes the first key (under the start-up lock, so instances starting together share it) and warns once if keys are stored unencrypted.</summary>
    public static void PrepareKeyRing(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<KeyRingOptions>>().Value.Encrypted)
        {
            app.Logger.LogWarning(Unencrypted);
        }
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("start-up").Protect([]);
    }
}
