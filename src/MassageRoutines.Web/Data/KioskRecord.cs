namespace MassageRoutines.Web.Data;

/// <summary>
/// A gym's tablet or TV. Its secret URL (/kiosk/{token}) shows the published routines of one
/// library, or a chosen few of them, and tags the sessions played on it.
/// </summary>
public sealed class KioskRecord
{
    public const int DefaultIdleSeconds = 90;

    /// <summary>Room for a token; ours are 24 random bytes in base64url, 32 characters.</summary>
    public const int MaxTokenLength = 64;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The secret in the kiosk's URL.</summary>
    public required string Token { get; set; }

    public int LibraryId { get; set; }
    public Library? Library { get; set; }

    /// <summary>Slugs of the routines shown; empty shows every published routine of the library.</summary>
    public List<string> Routines { get; set; } = [];

    /// <summary>Seconds without a touch (when no routine is running) before "Still there?".</summary>
    public int IdleSeconds { get; set; } = DefaultIdleSeconds;

    /// <summary>The language the kiosk speaks to whoever walks up (a code of Languages/LanguagesSetup.Spoken), and returns to when idle.</summary>
    public string Language { get; set; } = "en";

    public const int MaxLanguageLength = 8;

    public bool WakeLock { get; set; } = true;
    public bool Voice { get; set; }

    /// <summary>The coach who registered it, and who may change or revoke it.</summary>
    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when revoked: the URL then only says the kiosk is disabled.</summary>
    public DateTime? RevokedAt { get; set; }
}
