using MassageRoutines.Engine.Reminders;

namespace MassageRoutines.Web.Data;

/// <summary>A runner's movement-break reminders (see <see cref="ReminderSettings"/>), and a pending "Later".</summary>
public sealed class ReminderSettingsRecord
{
    /// <summary>The runner's id (an account's or an anonymous browser's, as on session logs).</summary>
    public required string RunnerId { get; set; }

    public List<DayOfWeek> Days { get; set; } = [];
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public int IntervalMinutes { get; set; }
    public List<DateOnly> QuietDates { get; set; } = [];
    public required string TimeZoneId { get; set; }

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
