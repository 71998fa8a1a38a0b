namespace MassageRoutines.Web.Sessions;

/// <summary>
/// The time zone days and weeks are counted in for history (streaks, bouts per day, this week).
/// A club or gym runs in one place: set "TimeZone" to its IANA id, e.g. "Europe/London".
/// </summary>
public sealed record SiteTimeZone(TimeZoneInfo Zone)
{
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
}
