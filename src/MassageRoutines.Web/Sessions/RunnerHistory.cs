using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;
using RestReason = MassageRoutines.Engine.Building.RestReason;

namespace MassageRoutines.Web.Sessions;

public sealed record DayBouts(DateOnly Day, int Bouts);

/// <summary>A region to give a day off, until when, and why (said in the reader's language where it is shown).</summary>
public sealed record RestAdvice(BodyRegion Region, DateTime UntilUtc, Wording Reason, RestReason Kind);

public sealed record RegionWeek(DateOnly WeekStart, IReadOnlyDictionary<BodyRegion, double> Minutes);

/// <summary>
/// What a runner's sessions add up to, in the site's time zone. It is read from the day totals
/// (<see cref="DayTotals"/>) and the last day's logs, a bounded number of rows whether the runner has
/// logged ten sessions or ten thousand.
/// </summary>
public sealed record RunnerHistory(
    bool HasSessions,
    int SessionsThisWeek,
    int MinutesThisWeek,
    int StreakDays,
    IReadOnlyList<DayBouts> LastSevenDays,
    IReadOnlyList<RestAdvice> RestAdvice,
    IReadOnlyList<RegionWeek> RegionWeeks)
{
    /// <summary>How many bouts a day the advice asks for: <see cref="Labels.TwoBoutsADay"/>.</summary>
    public const int BoutsPerDayGoal = 2;

    public const int DiscomfortThatNeedsRest = 7;
    public static readonly TimeSpan RestPeriod = TimeSpan.FromHours(24);
    public const int ChartWeeks = 8;

    /// <summary>More sessions in a day than anyone plays; rest advice reads at most this many logs.</summary>
    private const int MostSessionsInADay = 200;

    public static async Task<RunnerHistory> LoadAsync(MassageDbContext db, OwnerKey? runner, DateTime nowUtc, SiteTimeZone zone, CancellationToken ct)
    {
        var today = zone.DayOf(nowUtc);
        var weekStart = Weeks.MondayOf(today);
        var chartStart = weekStart.AddDays(-7 * (ChartWeeks - 1));
        if (runner is not { } who)
        {
            return From([], [], [], streak: 0, hasSessions: false, today, weekStart, chartStart, nowUtc);
        }

        // This (calendar) week and the last seven days: at most thirteen days.
        var firstDay = Math.Min(weekStart.DayNumber, SevenDays.StartOf(today).DayNumber);
        var days = await db.DayTotals.AsNoTracking().OwnedBy(who).Where(t => t.Day >= firstDay && t.Day <= today.DayNumber)
            .Select(t => new DaySum(t.Day, t.Sessions, t.ActiveSeconds)).ToListAsync(ct);
        var regions = await db.WeekRegionTotals.AsNoTracking().OwnedBy(who).Where(t => t.Week >= chartStart.DayNumber && t.Week <= weekStart.DayNumber)
            .Select(t => new WeekRegionSum(t.Week, t.Region, t.Seconds)).ToListAsync(ct);
        var recent = await RecentAsync(db, who, nowUtc, ct);
        var (hasSessions, streak) = await DayRuns.StreakAsync(db, who, today.DayNumber, ct);
        return From(days, regions, recent, streak, hasSessions, today, weekStart, chartStart, nowUtc);
    }

    /// <summary>What the last day's sessions ask to rest: read on its own by the routine pages.</summary>
    public static async Task<IReadOnlyList<RestAdvice>> RestAdviceAsync(MassageDbContext db, OwnerKey? runner, DateTime nowUtc, CancellationToken ct) =>
        runner is { } who ? Rest(await RecentAsync(db, who, nowUtc, ct), nowUtc) : [];

    private static Task<List<SessionLog>> RecentAsync(MassageDbContext db, OwnerKey who, DateTime nowUtc, CancellationToken ct)
    {
        var since = nowUtc - RestPeriod;
        // Only a hard session or one with pain asks for rest; most logs are neither, so most days read none.
        return db.SessionLogs.AsNoTracking().OwnedBy(who).Where(l => l.EndedAt > since)
            .Where(l => l.Discomfort >= DiscomfortThatNeedsRest || l.PainEvents.Any())
            .OrderByDescending(l => l.EndedAt).Take(MostSessionsInADay).ToListAsync(ct);
    }

    private sealed record DaySum(int Day, int Sessions, int ActiveSeconds);

    private sealed record WeekRegionSum(int Week, BodyRegion Region, int Seconds);

    private static RunnerHistory From(List<DaySum> days, List<WeekRegionSum> regions, List<SessionLog> recent, int streak, bool hasSessions,
        DateOnly today, DateOnly weekStart, DateOnly chartStart, DateTime nowUtc)
    {
        var byDay = days.ToDictionary(d => d.Day);
        var thisWeek = days.Where(d => d.Day >= weekStart.DayNumber).ToList();
        var lastSeven = SevenDays.EndingOn(today)
            .Select(day => new DayBouts(day, byDay.GetValueOrDefault(day.DayNumber)?.Sessions ?? 0)).ToList();
        var weeks = Enumerable.Range(0, ChartWeeks)
            .Select(week => chartStart.AddDays(7 * week))
            .Select(monday => new RegionWeek(monday, regions.Where(r => r.Week == monday.DayNumber)
                .OrderBy(r => r.Region).ToDictionary(r => r.Region, r => r.Seconds / 60.0)))
            .ToList();
        return new RunnerHistory(
            hasSessions,
            thisWeek.Sum(d => d.Sessions),
            (int)Math.Round(thisWeek.Sum(d => d.ActiveSeconds) / 60.0, MidpointRounding.AwayFromZero),
            streak,
            lastSeven,
            Rest(recent, nowUtc),
            weeks);
    }

    /// <summary>A hard session (discomfort 7 or more) or a stop for pain asks for a day off for what it worked.</summary>
    private static List<RestAdvice> Rest(IReadOnlyList<SessionLog> sessions, DateTime nowUtc) =>
        sessions.Where(s => s.EndedAt + RestPeriod > nowUtc)
            .SelectMany(s =>
            {
                var until = s.EndedAt + RestPeriod;
                var pains = s.PainEvents.Where(p => p.Region is not null)
                    .Select(p => new RestAdvice(p.Region!.Value, until, During(p.Symptom, s.RoutineName), RestReason.StoppedForPain));
                var hard = s.Discomfort >= DiscomfortThatNeedsRest
                    ? s.RegionSeconds.Select(r => r.Region).Union(s.SoreRegions)
                        .Select(region => new RestAdvice(region, until, new Wording("discomfort {0}/10 after {1}", s.Discomfort.GetValueOrDefault(), s.RoutineName), RestReason.HardSession))
                    : [];
                return pains.Concat(hard);
            })
            .Where(advice => advice.Region != BodyRegion.FullBody)
            .GroupBy(advice => advice.Region)
            .Select(g => g.MaxBy(advice => advice.UntilUtc)!)
            .OrderBy(advice => advice.Region)
            .ToList();

    /// <summary>"tingling during 5-minute post-run": one phrase for each symptom, which other languages may put differently.</summary>
    private static Wording During(Symptom symptom, string routine) => symptom switch
    {
        Symptom.SharpPain => new Wording("sharp pain during {0}", routine),
        Symptom.Numbness => new Wording("numbness during {0}", routine),
        _ => new Wording("tingling during {0}", routine),
    };
}
