using System.Globalization;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Groups;

/// <summary>One routine the plan asks for on a day; <see cref="Routine"/> is null once it is no longer published.</summary>
public sealed record PlannedRoutine(PlanTiming Timing, string Slug, string? PlannedName, PublishedRoutine? Routine, bool Done)
{
    public string Name => PlanWords.NameOf(PlannedName, Routine, Slug);
}

public sealed record PlanDay(DateOnly Day, IReadOnlyList<PlannedRoutine> Routines);

/// <summary>A group's plan for one member's week, Monday to Sunday, with what they have done of it.</summary>
public sealed record MemberPlan(int GroupId, string GroupName, IReadOnlyList<string> Coaches, IReadOnlyList<PlanDay> Days);

/// <summary>
/// What a member's coaches planned for them this week. Reads the member's groups, their plans, the
/// routines they name and this week's sessions of the member: a few queries, whatever the history holds.
/// </summary>
public static class WeekPlan
{
    public static async Task<IReadOnlyList<MemberPlan>> ForMemberAsync(MassageDbContext db, PublishedLibrary library, string userId, DateTime nowUtc, SiteTimeZone zone, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.Members.Any(m => m.UserId == userId))
            .Include(g => g.Plan).OrderBy(g => g.Name).ToListAsync(ct);
        if (groups.Count == 0)
        {
            return [];
        }

        var groupIds = groups.Select(g => g.Id).ToList();
        var coaches = (await db.GroupCoaches.Where(c => groupIds.Contains(c.GroupId))
                .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { c.GroupId, c.IsOwner, u.Email }).ToListAsync(ct))
            .ToLookup(c => c.GroupId, c => c);
        var slugs = groups.SelectMany(g => g.Plan).Select(i => i.RoutineSlug).Distinct().ToList();
        var routines = await library.RoutinesAsync(slugs);

        var today = zone.DayOf(nowUtc);
        var monday = Weeks.MondayOf(today);
        var since = zone.StartOfDayUtc(monday);
        var played = (await db.SessionLogs.AsNoTracking().Where(l => l.AccountId == userId && l.StartedAt >= since)
                .Select(l => new { l.RoutineSlug, l.StartedAt }).ToListAsync(ct))
            .GroupBy(l => (Day: zone.DayOf(l.StartedAt), l.RoutineSlug))
            .ToDictionary(g => g.Key, g => g.Count());

        return groups.Select(group =>
        {
            var left = new Dictionary<(DateOnly, string), int>(played);
            var days = Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Select(day => new PlanDay(day,
                group.Plan.Where(item => item.IsOn(day.DayOfWeek)).OrderBy(item => item.Timing).ThenBy(item => item.Id)
                    .Select(item =>
                    {
                        // Each session counts once: two plan items of the same routine on a day need two sessions.
                        var done = left.TryGetValue((day, item.RoutineSlug), out var sessions) && sessions > 0;
                        if (done)
                        {
                            left[(day, item.RoutineSlug)] = sessions - 1;
                        }
                        return new PlannedRoutine(item.Timing, item.RoutineSlug, item.Name, routines.GetValueOrDefault(item.RoutineSlug), done);
                    })
                    .ToList())).ToList();
            var names = coaches[group.Id].OrderByDescending(c => c.IsOwner).ThenBy(c => c.Email).Select(c => c.Email ?? "").ToList();
            return new MemberPlan(group.Id, group.Name, names, days);
        }).ToList();
    }
}

public static class PlanWords
{
    /// <summary>What a planned routine is called: the coach's name for a built one, else its own, else its slug.</summary>
    public static string NameOf(string? plannedName, PublishedRoutine? routine, string slug) =>
        plannedName ?? routine?.Routine.Name ?? slug;

    public static string Of(PlanTiming timing) => timing switch
    {
        PlanTiming.BeforeRun => Engine.Labels.When(Engine.Phase.PreRun),
        PlanTiming.AfterRun => Engine.Labels.When(Engine.Phase.PostRun),
        PlanTiming.Daily => "Every day",
        _ => timing.ToString(),
    };

    /// <summary>"Every day", or the days in week order: "Tuesday, Thursday".</summary>
    public static string Days(PlanItem item) => item.Timing == PlanTiming.Daily
        ? "Every day"
        : string.Join(", ", Weeks.Days.Where(item.Days.Contains));

    /// <summary>"every day", or "after a run on Tuesday, Thursday".</summary>
    public static string Describe(PlanItem item) =>
        item.Timing == PlanTiming.Daily ? "every day" : $"{Of(item.Timing).ToLowerInvariant()} on {Days(item)}";

    /// <summary>The days in the request's language, named by its culture: "Dienstag, Donnerstag".</summary>
    public static string Days(PlanItem item, IStringLocalizer<Words> t) => item.Timing == PlanTiming.Daily
        ? t["Every day"]
        : string.Join(", ", Weeks.Days.Where(item.Days.Contains).Select(CultureInfo.CurrentCulture.DateTimeFormat.GetDayName));

    /// <summary><see cref="Describe(PlanItem)"/> in the request's language.</summary>
    public static string Describe(PlanItem item, IStringLocalizer<Words> t) =>
        item.Timing == PlanTiming.Daily ? Phrases.LowerFirst(t["Every day"]) : t["{0} on {1}", Phrases.LowerFirst(t[Of(item.Timing)]), Days(item, t)];
}
