using System.Globalization;
using MassageRoutines.Engine.Reminders;

namespace MassageRoutines.Engine.Tests.Reminders;

/// <summary>Settings and instants for the reminder tests, so each test states only what it varies.</summary>
internal static class Reminders
{
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    public static ReminderSettings Settings(
        string zone = "Europe/London",
        string from = "09:00",
        string to = "17:00",
        int interval = 30,
        DayOfWeek[]? days = null,
        string[]? quiet = null) => new()
        {
            Days = (days ?? Weekdays).ToHashSet(),
            From = TimeOnly.Parse(from, CultureInfo.InvariantCulture),
            To = TimeOnly.Parse(to, CultureInfo.InvariantCulture),
            IntervalMinutes = interval,
            QuietDates = (quiet ?? []).Select(d => DateOnly.Parse(d, CultureInfo.InvariantCulture)).ToHashSet(),
            TimeZoneId = zone,
        };

    /// <summary>An instant written with its offset, e.g. "2026-03-02T09:30Z" or "2026-03-02T09:30+05:30".</summary>
    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static DateTimeOffset? Next(ReminderSettings settings, string now, string? lastActivity = null, string? snoozedUntil = null) =>
        ReminderSchedule.Next(settings, At(now),
            lastActivity is null ? null : At(lastActivity),
            snoozedUntil is null ? null : At(snoozedUntil));

    /// <summary>Every break from <paramref name="from"/> until <paramref name="until"/>, as a server that fires each one on time would see them.</summary>
    public static List<DateTimeOffset> Breaks(ReminderSettings settings, string from, string until, DateTimeOffset? lastActivity = null)
    {
        var breaks = new List<DateTimeOffset>();
        var next = ReminderSchedule.Next(settings, At(from), lastActivity);
        while (next is { } due && due < At(until))
        {
            breaks.Add(due);
            next = ReminderSchedule.Next(settings, due, lastActivity);
        }
        return breaks;
    }

    public static DateTimeOffset[] Instants(params string[] instants) => instants.Select(At).ToArray();
}
