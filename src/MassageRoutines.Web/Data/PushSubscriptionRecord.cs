namespace MassageRoutines.Web.Data;

/// <summary>
/// One browser's Web Push subscription (RFC 8030), for reminders while the app is closed. The push
/// service gives the endpoint and the keys; <see cref="NextDueAt"/> is when the reminder worker next
/// looks at it.
/// </summary>
public sealed class PushSubscriptionRecord : IOwnedRow
{
    public const int MaxEndpointLength = 1024;

    /// <summary>The browser's public key (P-256, uncompressed, base64url: 87 characters).</summary>
    public const int P256dhLength = 87;

    /// <summary>The 16-byte authentication secret in base64url.</summary>
    public const int AuthLength = 22;

    public int Id { get; set; }

    /// <summary>The runner: an account or an anonymous browser (a device).</summary>
    public OwnerKind OwnerKind { get; set; }

    public required string OwnerId { get; set; }

    public OwnerKey Owner => new(OwnerKind, OwnerId);

    /// <summary>The push service's address for this browser; one subscription per endpoint.</summary>
    public required string Endpoint { get; set; }

    public required string P256dh { get; set; }
    public required string Auth { get; set; }

    /// <summary>
    /// The language of the page that subscribed (a code of Languages/LanguagesSetup.Spoken): a device with no
    /// account is reminded in it. An account's reminders come in the account's language.
    /// </summary>
    public string Language { get; set; } = "en";

    public const int MaxLanguageLength = 8;

    /// <summary>When the next reminder is due; null when the runner has no reminders.</summary>
    public DateTime? NextDueAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Sends that failed in a row since the last that was delivered.</summary>
    public int Failures { get; set; }

    /// <summary>When the first of those failures happened; null while sends are delivered.</summary>
    public DateTime? FailingSince { get; set; }
}
