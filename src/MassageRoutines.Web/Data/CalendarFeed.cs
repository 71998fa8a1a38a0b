namespace MassageRoutines.Web.Data;

/// <summary>
/// The secret address of a plan's calendar feed (/calendar/{token}), which calendar apps read without a
/// cookie: a member's (all their groups' plans) or a group's (for its coaches). Exactly one of
/// <see cref="UserId"/> and <see cref="GroupId"/> is set; the row goes with the account or the group.
/// A movement-break schedule keeps its feed's secret on its own row (<see cref="ReminderSettingsRecord.CalendarToken"/>).
/// </summary>
public sealed class CalendarFeed
{
    /// <summary>Room for a token; ours are 24 random bytes in base64url, 32 characters.</summary>
    public const int MaxTokenLength = 64;

    public int Id { get; set; }

    public required string Token { get; set; }

    /// <summary>The member whose plan it is.</summary>
    public string? UserId { get; set; }

    /// <summary>The group whose plan it is.</summary>
    public int? GroupId { get; set; }
}
