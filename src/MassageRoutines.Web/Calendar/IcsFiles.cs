using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace MassageRoutines.Web.Calendar;

/// <summary>What every feed's calendar carries, and how it is written.</summary>
public static class IcsFiles
{
    /// <summary>How often calendar apps are asked to read a feed again; the response's Cache-Control says the same.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    /// <summary>An empty calendar named <paramref name="name"/> in calendar apps' lists.</summary>
    public static Ical.Net.Calendar New(string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//MassageRoutines//Calendar feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        // Apple's and Google's names for the same hint; the second is RFC 7986's.
        calendar.AddProperty("X-PUBLISHED-TTL", $"PT{(int)Refresh.TotalHours}H");
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", $"PT{(int)Refresh.TotalHours}H");
        return calendar;
    }

    /// <summary>DTSTAMP: when this copy of the feed was made, in UTC.</summary>
    public static CalDateTime Stamp(TimeProvider time) => new(time.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId);

    /// <summary>The host part of an event's UID ("plan-3-7-20261207@massage.example.org"): the site's own name.</summary>
    public static string UidHost(string siteLink) => new Uri(siteLink).Host;

    public static string Write(Ical.Net.Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";
}
