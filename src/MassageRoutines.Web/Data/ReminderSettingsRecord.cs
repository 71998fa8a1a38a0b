using MassageRoutines.Engine.Reminders;

namespace MassageRoutines.Web.Data;

/// <summary>A runner's movement-break reminders (see <see cref="ReminderSettings"/>), and a pending "Later".</summary>
public sealed class ReminderSettingsRecord : IOwnedRow
{
    /// <summary>The runner: an account or an anonymous browser (a device).</summary>
    public OwnerKind OwnerKind { get; set; }

    public required string OwnerId { get; set; }

    public OwnerKey Owner => new(OwnerKind, OwnerId);

    public List<DayOfWeek> Days { get; set; } = [];
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public int IntervalMinutes { get; set; }
    public List<DateOnly> QuietDates { get; set; } = [];
    public required string TimeZoneId { get; set; }

    /// <summary>The secret address of the schedule's calendar feed (/calendar/{token}); null until first shown.</summary>
    public string? CalendarToken { get; set; }

    /// <summary>When the runner's last "Later" ends.</summary>
    public DateTime? SnoozedUntil { get; set; }

    public ReminderSettings ToSettings() => new()
    {
        Days = Days.ToHashSet(),
        From = From,
        To = To,
        IntervalMinutes = IntervalMinutes,
        QuietDates = QuietDates.ToHashSet(),
        TimeZoneId = TimeZoneId,
    };

    public void Set(ReminderSettings settings)
    {
        Days = [.. settings.Days.Order()];
        From = settings.From;
        To = settings.To;
        IntervalMinutes = settings.IntervalMinutes;
        QuietDates = [.. settings.QuietDates.Order()];
        TimeZoneId = settings.TimeZoneId;
    }
}
