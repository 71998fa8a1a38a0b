using System.Security;

namespace MassageRoutines.Engine.Reminders;

/// <summary>
/// Local dates and times in a runner's time zone. Zones are IANA ids read from the system's tz
/// database (/usr/share/zoneinfo), which works with invariant globalization.
/// </summary>
public static class WallClock
{
    /// <summary>The zone with this IANA id, or null when the system does not know it.</summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        // A folder such as "America" is found but cannot be read as a zone: SecurityException.
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or SecurityException)
        {
            return null;
        }
    }

    /// <summary>The date on the runner's calendar at this instant ("today" for the home page).</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The first instant (in UTC) at which the zone's clocks read this date and time or later.
    /// Most days that is simply the instant the clocks show it. A time repeated when clocks go back
    /// takes its first occurrence; a time skipped when clocks go forward becomes the instant of the
    /// jump, the first valid time after the gap (01:30 in London on the spring-forward day gives 02:00 BST).
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        if (zone.IsAmbiguousTime(local))
        {
            // Clocks going back lower the offset, so the first occurrence has the larger one.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max()).ToUniversalTime();
        }
        if (zone.IsInvalidTime(local))
        {
            return JumpPast(local, zone);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant clocks jump over a local time that does not exist.</summary>
    private static DateTimeOffset JumpPast(DateTime skipped, TimeZoneInfo zone)
    {
        // UTC offsets lie between -12 and +14 hours, so the clocks read before `skipped` at `early`
        // and after it at `late`. Halve the span to the tick.
        var early = new DateTimeOffset(skipped, TimeSpan.Zero).AddHours(-14);
        var late = new DateTimeOffset(skipped, TimeSpan.Zero).AddHours(12);
        while ((late - early).Ticks > 1)
        {
            var middle = early.AddTicks((late - early).Ticks / 2);
            if (TimeZoneInfo.ConvertTime(middle, zone).DateTime < skipped)
            {
                early = middle;
            }
            else
            {
                late = middle;
            }
        }
        return late;
    }
}
