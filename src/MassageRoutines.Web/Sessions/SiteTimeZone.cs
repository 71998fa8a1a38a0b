using MassageRoutines.Engine.Reminders;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// The time zone days and weeks are counted in for history (streaks, bouts per day, this week).
/// A club or gym runs in one place: set "TimeZone" to its IANA id, e.g. "Europe/London".
/// "Today" is <see cref="Today"/>; the local day of any instant, <see cref="DayOf"/>.
/// </summary>
public sealed record SiteTimeZone(TimeZoneInfo Zone)
{
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);

    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>Today's date in the site's zone.</summary>
    public DateOnly Today(TimeProvider time) => DayOf(time.GetUtcNow().UtcDateTime);

    /// <summary>When a local day starts, in UTC; where a clock change skips midnight, the instant the clocks jump past it.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => WallClock.ToInstant(day, TimeOnly.MinValue, Zone).UtcDateTime;
}
