namespace MassageRoutines.Web.Sessions;

/// <summary>
/// The time zone days and weeks are counted in for history (streaks, bouts per day, this week).
/// A club or gym runs in one place: set "TimeZone" to its IANA id, e.g. "Europe/London".
/// </summary>
public sealed record SiteTimeZone(TimeZoneInfo Zone)
{
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);

    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>When a local day starts, in UTC; where a clock change skips midnight, at the first local time that exists.</summary>
    public DateTime StartOfDayUtc(DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(15);
        }
        return TimeZoneInfo.ConvertTimeToUtc(start, Zone);
    }
}
