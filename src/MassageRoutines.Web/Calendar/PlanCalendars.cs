using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Calendar;

/// <summary>
/// Group plans as calendars. Each planned routine on each day is an all-day event on that date (the
/// site's dates, as the plan page shows them): the plan says before or after the day's run, not at what
/// time, so a timed event would invent an hour, and an all-day date shows on the same day in any zone.
/// The feed covers this week and the next three, and calendar apps read it again each hour, so the
/// weeks roll on and a change to the plan shows within the hour. It names the group and the routines,
/// never a member. Its words are in the language of the current culture (see <see cref="CalendarFeeds"/>).
/// </summary>
public sealed class PlanCalendars(MassageDbContext db, PublishedLibrary library, TimeProvider time, SiteTimeZone zone, PublicLinks links, IStringLocalizer<Words> T)
{
    /// <summary>Weeks in a feed, this one included.</summary>
    public const int WeeksAhead = 4;

    /// <summary>Every group the member is in, in one calendar.</summary>
    public async Task<CalendarFile> OfMemberAsync(string userId, HttpContext http, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.Members.Any(m => m.UserId == userId))
            .Include(g => g.Plan).OrderBy(g => g.Name).ToListAsync(ct);
        return new(await WriteAsync(T["Your massage plan"], groups, http), "massage-plan.ics");
    }

    public async Task<CalendarFile?> OfGroupAsync(int groupId, HttpContext http, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().Include(g => g.Plan).FirstOrDefaultAsync(g => g.Id == groupId, ct);
        return group is null ? null : new(await WriteAsync(T["{0}: plan", group.Name], [group], http), "group-plan.ics");
    }

    private async Task<string> WriteAsync(string name, IReadOnlyList<Group> groups, HttpContext http)
    {
        var routines = await library.RoutinesAsync(groups.SelectMany(g => g.Plan).Select(i => i.RoutineSlug).Distinct().ToList());
        var monday = Weeks.MondayOf(zone.Today(time));
        var stamp = IcsFiles.Stamp(time);
        var host = IcsFiles.UidHost(links.To(http.Request, "/"));
        var calendar = IcsFiles.New(name);
        foreach (var group in groups)
        {
            var items = group.Plan.OrderBy(i => i.Timing).ThenBy(i => i.Id).ToList();
            foreach (var day in Enumerable.Range(0, 7 * WeeksAhead).Select(monday.AddDays))
            {
                // A routine no longer published cannot be played from the link: it is left out until the coach replaces it.
                foreach (var item in items.Where(i => i.IsOn(day.DayOfWeek) && routines.ContainsKey(i.RoutineSlug)))
                {
                    var link = links.ToPage(http, "/Play/Index", new { slug = item.RoutineSlug });
                    var title = T["{0}: {1}", PlanWords.Of(item.Timing, T), PlanWords.NameOf(item.Name, routines[item.RoutineSlug], item.RoutineSlug)];
                    calendar.Events.Add(new CalendarEvent
                    {
                        Uid = $"plan-{group.Id}-{item.Id}-{day:yyyyMMdd}@{host}",
                        DtStamp = stamp,
                        DtStart = new CalDateTime(day),
                        DtEnd = new CalDateTime(day.AddDays(1)),
                        Summary = title,
                        Description = $"{T["{0}, planned in {1}.", title, group.Name]}\n{T["Play it: {0}", link]}",
                        Url = new Uri(link),
                        Transparency = "TRANSPARENT",
                    });
                }
            }
        }
        return IcsFiles.Write(calendar);
    }
}
