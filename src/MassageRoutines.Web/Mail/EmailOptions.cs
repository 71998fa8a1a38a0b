using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace MassageRoutines.Web.Mail;

public enum SmtpSecurity
{
    /// <summary>Plain SMTP, for a relay on the same machine or network.</summary>
    None,
    /// <summary>Plain at first, then STARTTLS before anything is sent (port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}

/// <summary>The SMTP server the app sends its mail through; with no host, the app sends no mail.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public string? SmtpHost { get; set; }

    [Range(1, 65_535, ErrorMessage = "Email:SmtpPort must be a port number from 1 to 65535.")]
    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The sender, e.g. "Massage Routines &lt;noreply@example.com&gt;".</summary>
    public string? From { get; set; }

    public bool IsSetUp => !string.IsNullOrWhiteSpace(SmtpHost);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (IsSetUp && (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _)))
        {
            yield return new("Email:From must be the sender's address, like noreply@example.com or \"Club <noreply@example.com>\", when Email:SmtpHost is set.", [nameof(From)]);
        }
        if (!string.IsNullOrEmpty(SmtpUser) && string.IsNullOrEmpty(SmtpPassword))
        {
            yield return new("Email:SmtpPassword must be set when Email:SmtpUser is.", [nameof(SmtpPassword)]);
        }
    }
}
