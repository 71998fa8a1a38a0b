using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Groups;

/// <summary>Seven days in a row, ending on <see cref="Last"/>: each day of the week once, so a week's plan fits it exactly.</summary>
public sealed record AdherenceWeek(DateOnly First, DateOnly Last);

/// <summary>One member's week: sessions of planned routines, all sessions, stops for pain, and the average discomfort reported.</summary>
public sealed record WeekCounts(int PlannedSessions, int Sessions, int PainStops, double? Discomfort)
{
    public static readonly WeekCounts None = new(0, 0, 0, null);
}

public enum Trend { NotEnoughData, Falling, Steady, Rising }

public sealed record MemberAdherence(string Email, DateTime JoinedAt, IReadOnlyList<WeekCounts> Weeks)
{
    /// <summary>A change of a whole point or more on the 0–10 scale is a trend; less is steady.</summary>
    public const double TrendThreshold = 1.0;

    /// <summary>The discomfort of the last week with any against the first week with any.</summary>
    public Trend DiscomfortTrend
    {
        get
        {
            var reported = Weeks.Where(w => w.Discomfort is not null).Select(w => w.Discomfort!.Value).ToList();
            if (reported.Count < 2)
            {
                return Trend.NotEnoughData;
            }
            var change = reported[^1] - reported[0];
            return change >= TrendThreshold ? Trend.Rising : change <= -TrendThreshold ? Trend.Falling : Trend.Steady;
        }
    }
}

/// <summary>How each member kept to the plan over the last four weeks, oldest week first.</summary>
public sealed record GroupAdherence(int PlannedPerWeek, IReadOnlyList<AdherenceWeek> Weeks, IReadOnlyList<MemberAdherence> Members);

/// <summary>
/// Adherence, counted by the database: one grouped query over the members' sessions of the last four
/// weeks, found through the (AccountId, StartedAt) index, for all members at once. Nothing else of a
/// member's history is read, and the page costs the same however long that history is.
/// </summary>
public static class Adherence
{
    public const int WeekCount = 4;

    /// <summary>The group's members, as its coaches see them.</summary>
    public static async Task<GroupAdherence> OfGroupAsync(MassageDbContext db, int groupId, DateTime nowUtc, SiteTimeZone zone, CancellationToken ct)
    {
        var members = await db.MembersAsync(groupId, ct);
        return await CountAsync(db, groupId, db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.UserId), members, nowUtc, zone, ct);
    }

    /// <summary>What the group's coaches would see of this runner, were they a member from now: shown before they join.</summary>
    public static async Task<GroupAdherence> PreviewAsync(MassageDbContext db, int groupId, string userId, string email, DateTime nowUtc, SiteTimeZone zone, CancellationToken ct) =>
        await CountAsync(db, groupId, db.Users.Where(u => u.Id == userId).Select(u => u.Id), [new GroupMemberView(userId, email, nowUtc)], nowUtc, zone, ct);

    /// <summary>One member's counts for one week (0 is the oldest); weeks without a session have no row.</summary>
    public sealed record WeekRow(string UserId, int Week, int PlannedSessions, int Sessions, int PainStops, double? Discomfort);

    /// <summary>
    /// The one query: the accounts' sessions from the first week's start to <paramref name="end"/>, each
    /// account's found by its runner id and start time (the index), counted per account and week.
    /// </summary>
    /// <param name="starts">Where each of the <see cref="WeekCount"/> weeks starts, in UTC, oldest first.</param>
    public static IQueryable<WeekRow> SessionWeeks(MassageDbContext db, IQueryable<string> userIds, IReadOnlyCollection<string> planned,
        IReadOnlyList<DateTime> starts, DateTime end)
    {
        var (start0, start1, start2, start3) = (starts[0], starts[1], starts[2], starts[3]);
        return from userId in userIds
               join log in db.SessionLogs on userId equals log.AccountId
               where log.StartedAt >= start0 && log.StartedAt < end
               group log by new { UserId = userId, Week = log.StartedAt >= start3 ? 3 : log.StartedAt >= start2 ? 2 : log.StartedAt >= start1 ? 1 : 0 }
               into week
               select new WeekRow(
                   week.Key.UserId,
                   week.Key.Week,
                   week.Count(l => planned.Contains(l.RoutineSlug)),
                   week.Count(),
                   week.Count(l => l.Outcome == SessionOutcome.StoppedForPain),
                   week.Average(l => (double?)l.Discomfort));
    }

    private static async Task<GroupAdherence> CountAsync(MassageDbContext db, int groupId, IQueryable<string> userIds, List<GroupMemberView> members,
        DateTime nowUtc, SiteTimeZone zone, CancellationToken ct)
    {
        var plan = await db.PlanItems.AsNoTracking().Where(i => i.GroupId == groupId).ToListAsync(ct);
        var planned = plan.Select(i => i.RoutineSlug).Distinct().ToList();

        var today = zone.DayOf(nowUtc);
        var weeks = Enumerable.Range(0, WeekCount).Select(i => today.AddDays(7 * (i - WeekCount + 1)))
            .Select(last => new AdherenceWeek(SevenDays.StartOf(last), last)).ToList();
        // Where each week starts, in UTC, and where the last one ends.
        var starts = weeks.Select(w => zone.StartOfDayUtc(w.First)).ToList();
        var end = zone.StartOfDayUtc(today.AddDays(1));
        var counted = await SessionWeeks(db, userIds, planned, starts, end).ToListAsync(ct);
        var byMember = counted.ToLookup(c => c.UserId);

        return new GroupAdherence(plan.Sum(i => i.TimesPerWeek), weeks, members.Select(member =>
        {
            var mine = byMember[member.UserId].ToDictionary(c => c.Week, c => new WeekCounts(c.PlannedSessions, c.Sessions, c.PainStops, c.Discomfort));
            return new MemberAdherence(member.Email, member.JoinedAt, Enumerable.Range(0, WeekCount).Select(w => mine.GetValueOrDefault(w, WeekCounts.None)).ToList());
        }).ToList());
    }
}
