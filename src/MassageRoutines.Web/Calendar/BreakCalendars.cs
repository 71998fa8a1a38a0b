using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using MassageRoutines.Engine.Reminders;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Calendar;

/// <summary>
/// A movement-break schedule as a calendar. Each time of day a break falls on (one interval after the
/// hours start, then every interval before they end) is one event, recurring weekly on the chosen days
/// (RRULE:FREQ=WEEKLY;BYDAY=…). One event per time, rather than one with an hourly or minutely rule,
/// because Google Calendar and Outlook do not take those, and a day's breaks only make one grid when
/// the interval happens to divide the hours. Times are in the schedule's own zone (TZID, with its
/// VTIMEZONE), so a break at 10:30 stays at 10:30 across daylight saving, shown in the viewer's local
/// time. Quiet dates are EXDATEs: the rule still holds, and the calendar shows those days free, as the
/// reminders are. Breaks are marked free (TRANSP:TRANSPARENT), five minutes long.
/// </summary>
public sealed class BreakCalendars(TimeProvider time, PublicLinks links, IStringLocalizer<Words> T)
{
    public const int BreakMinutes = 5;

    public CalendarFile Of(ReminderSettingsRecord record, HttpContext http)
    {
        var calendar = IcsFiles.New(T["Movement breaks"]);
        var settings = record.ToSettings();
        if (ReminderRules.Check(settings).Count == 0 && settings.Days.Count > 0)
        {
            var zone = WallClock.FindZone(settings.TimeZoneId)!;
            var utc = zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
            var tzId = utc ? CalDateTime.UtcTzId : zone.Id;
            // The rule starts this week (in the schedule's zone), on its first chosen day.
            var monday = Weeks.MondayOf(WallClock.DateOf(time.GetUtcNow(), zone));
            var first = Enumerable.Range(0, 7).Select(monday.AddDays).First(d => settings.Days.Contains(d.DayOfWeek));
            if (!utc)
            {
                calendar.AddTimeZone(zone, first.ToDateTime(TimeOnly.MinValue), false);
            }
            var link = links.ToPage(http, "/Account/Reminders");
            var stamp = IcsFiles.Stamp(time);
            var uid = $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record.CalendarToken ?? "")))[..12]}@{IcsFiles.UidHost(link)}";
            var quiet = settings.QuietDates.Where(d => d >= first && settings.Days.Contains(d.DayOfWeek)).Order().ToList();
            foreach (var at in BreakTimes(settings))
            {
                var rule = new RecurrenceRule(FrequencyType.Weekly);
                rule.ByDay.AddRange(Weeks.Days.Where(settings.Days.Contains).Select(d => new WeekDay(d)));
                var breakEvent = new CalendarEvent
                {
                    Uid = $"movement-break-{at:HHmm}-{uid}",
                    DtStamp = stamp,
                    DtStart = new CalDateTime(first, at, tzId),
                    Duration = Duration.FromMinutes(BreakMinutes),
                    Summary = T[Phrases.MovementBreakTitle],
                    Description = $"{T[Phrases.MovementBreakBody]}\n{T["Your reminder settings: {0}", link]}",
                    Url = new Uri(link),
                    Transparency = "TRANSPARENT",
                    RecurrenceRule = rule,
                };
                breakEvent.ExceptionDates.AddRange(quiet.Select(date => new CalDateTime(date, at, tzId)));
                calendar.Events.Add(breakEvent);
            }
        }
        return new(IcsFiles.Write(calendar), "movement-breaks.ics");
    }

    /// <summary>The local times of day breaks fall on, as the reminders count them when no session restarts the count.</summary>
    public static IEnumerable<TimeOnly> BreakTimes(ReminderSettings settings)
    {
        var interval = TimeSpan.FromMinutes(settings.IntervalMinutes);
        for (var at = settings.From.ToTimeSpan() + interval; at < settings.To.ToTimeSpan(); at += interval)
        {
            yield return TimeOnly.FromTimeSpan(at);
        }
    }
}
