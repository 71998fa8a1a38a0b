namespace MassageRoutines.Engine.Reminders;

/// <summary>
/// When the next movement break is due. On each chosen weekday that is not a quiet date, the hours
/// [From, To) in the runner's zone are a window:
/// - the first break is due one interval after From;
/// - a session logged inside the window restarts the count: the next break is due one interval after it ends;
/// - after that, breaks fall every interval (a late or missed reminder does not shift them);
/// - a break due at or after To is dropped, and the search moves to the next window;
/// - a pending snooze ("Later") inside a window replaces the breaks before it; it does not restart the count.
///   A snooze outside the hours is not delivered, but nothing comes before it either.
///
/// Daylight saving: From and To are read as <see cref="WallClock.ToInstant"/> reads them (a skipped
/// time becomes the end of the gap, a repeated time its first occurrence). Intervals are real elapsed
/// time, so a window across a clock change still gives a break every interval; a change outside the
/// hours changes nothing.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>How far ahead a break is looked for; past it, the schedule has nothing to say.</summary>
    public const int HorizonDays = 14;

    /// <summary>How long "Later" puts off a break.</summary>
    public const int SnoozeMinutes = 10;

    /// <summary>
    /// The next break strictly after <paramref name="now"/>, in UTC; null when no chosen, non-quiet day
    /// falls within <see cref="HorizonDays"/> days (ask again later, or when the settings change).
    /// </summary>
    /// <param name="settings">Settings that pass <see cref="ReminderRules.Check"/>; others throw <see cref="ArgumentException"/>.</param>
    /// <param name="lastActivity">When the runner's last logged session ended, if any.</param>
    /// <param name="snoozedUntil">When a snooze ends, if the runner chose "Later"; a snooze in the past is ignored.
    /// Logging a session should clear it.</param>
    public static DateTimeOffset? Next(
        ReminderSettings settings, DateTimeOffset now, DateTimeOffset? lastActivity = null, DateTimeOffset? snoozedUntil = null)
    {
        if (ReminderRules.Check(settings) is [var broken, ..])
        {
            throw new ArgumentException($"Reminder settings are not valid: {broken.Message}", nameof(settings));
        }
        var zone = WallClock.FindZone(settings.TimeZoneId)!;

        var after = now;
        if (snoozedUntil is { } snooze && snooze > now)
        {
            // The first window from the snooze's date is that date's own, if the date is active at all.
            if (Windows(settings, zone, snooze).Take(1).Any(w => w.Start <= snooze && snooze < w.End))
            {
                return snooze.ToUniversalTime();
            }
            after = snooze;
        }

        var interval = TimeSpan.FromMinutes(settings.IntervalMinutes);
        foreach (var (start, end) in Windows(settings, zone, after))
        {
            var countFrom = lastActivity > start ? lastActivity.Value : start;
            var intervalsGone = after < countFrom ? 0 : (after - countFrom).Ticks / interval.Ticks;
            var due = countFrom.AddTicks(interval.Ticks * (intervalsGone + 1));
            if (due < end)
            {
                return due.ToUniversalTime();
            }
        }
        return null;
    }

    /// <summary>The reminder hours of each chosen, non-quiet day, from the local date of <paramref name="from"/> for the horizon.</summary>
    private static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Windows(
        ReminderSettings settings, TimeZoneInfo zone, DateTimeOffset from)
    {
        var today = WallClock.DateOf(from, zone);
        for (var day = today; day <= today.AddDays(HorizonDays); day = day.AddDays(1))
        {
            if (settings.Days.Contains(day.DayOfWeek) && !settings.QuietDates.Contains(day))
            {
                yield return (WallClock.ToInstant(day, settings.From, zone), WallClock.ToInstant(day, settings.To, zone));
            }
        }
    }
}
