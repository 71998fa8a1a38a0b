namespace MassageRoutines.Engine.Reminders;

/// <summary>
/// When a runner wants movement breaks: on which weekdays, between which local hours, how often,
/// and where they are. Long sitting or standing tightens hips and low back; the advice is a break
/// every 30 minutes.
/// </summary>
public sealed record ReminderSettings
{
    public const int DefaultIntervalMinutes = 30;

    /// <summary>Weekdays with reminders; none means no reminders at all.</summary>
    public required IReadOnlySet<DayOfWeek> Days { get; init; }

    /// <summary>Local start of the reminder hours; the first break is due one interval later.</summary>
    public required TimeOnly From { get; init; }

    /// <summary>Local end of the reminder hours: nothing is due at or after it. The hours do not run past midnight.</summary>
    public required TimeOnly To { get; init; }

    /// <summary>Minutes of sitting or standing between breaks.</summary>
    public int IntervalMinutes { get; init; } = DefaultIntervalMinutes;

    /// <summary>Local dates with no reminders (a holiday, a race day).</summary>
    public IReadOnlySet<DateOnly> QuietDates { get; init; } = new HashSet<DateOnly>();

    /// <summary>The runner's IANA time zone as the browser reports it, e.g. "Europe/London".</summary>
    public required string TimeZoneId { get; init; }
}
