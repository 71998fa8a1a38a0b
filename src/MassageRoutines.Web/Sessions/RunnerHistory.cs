using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;
using RestReason = MassageRoutines.Engine.Building.RestReason;

namespace MassageRoutines.Web.Sessions;

public sealed record DayBouts(DateOnly Day, int Bouts);

/// <summary>A region to give a day off, until when, and why: in words, and as the builder reads it.</summary>
public sealed record RestAdvice(BodyRegion Region, DateTime UntilUtc, string Reason, RestReason Kind);

public sealed record RegionWeek(DateOnly WeekStart, IReadOnlyDictionary<BodyRegion, double> Minutes);

/// <summary>What a runner's sessions add up to, in the site's time zone.</summary>
public sealed record RunnerHistory(
    IReadOnlyList<SessionLog> Sessions,
    int SessionsThisWeek,
    int MinutesThisWeek,
    int StreakDays,
    IReadOnlyList<DayBouts> LastSevenDays,
    IReadOnlyList<RestAdvice> RestAdvice,
    IReadOnlyList<RegionWeek> RegionWeeks)
{
    /// <summary>Short bouts a couple of times a day beat one long session.</summary>
    public const int BoutsPerDayGoal = 2;

    public const int DiscomfortThatNeedsRest = 7;
    public static readonly TimeSpan RestPeriod = TimeSpan.FromHours(24);
    public const int ChartWeeks = 8;

    /// <param name="sessions">The runner's sessions, any order.</param>
    public static RunnerHistory Of(IReadOnlyList<SessionLog> sessions, DateTime nowUtc, SiteTimeZone zone)
    {
        DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(zone.ToLocal(utc));
        var today = LocalDay(nowUtc);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var byDay = sessions.GroupBy(s => LocalDay(s.StartedAt)).ToDictionary(g => g.Key, g => g.ToList());

        var thisWeek = sessions.Where(s => LocalDay(s.StartedAt) >= weekStart).ToList();
        var lastSeven = Enumerable.Range(0, 7).Select(i => today.AddDays(i - 6))
            .Select(day => new DayBouts(day, byDay.TryGetValue(day, out var list) ? list.Count : 0)).ToList();

        return new RunnerHistory(
            sessions.OrderByDescending(s => s.StartedAt).ToList(),
            thisWeek.Count,
            (int)Math.Round(thisWeek.Sum(s => s.ActiveSeconds) / 60.0, MidpointRounding.AwayFromZero),
            Streak(byDay.Keys.ToHashSet(), today),
            lastSeven,
            Rest(sessions, nowUtc),
            RegionWeeksOf(sessions, weekStart, LocalDay));
    }

    /// <summary>Days in a row with a session, up to today, or up to yesterday while today is still open.</summary>
    private static int Streak(HashSet<DateOnly> days, DateOnly today)
    {
        var day = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }
        return streak;
    }

    /// <summary>The runner's rest advice now, read from their sessions of the last day only.</summary>
    public static async Task<IReadOnlyList<RestAdvice>> RestAdviceAsync(MassageDbContext db, string? runner, DateTime nowUtc, CancellationToken ct)
    {
        if (runner is null)
        {
            return [];
        }
        var since = nowUtc - RestPeriod;
        var recent = await db.SessionLogs.AsNoTracking().Where(l => l.RunnerId == runner && l.EndedAt > since).ToListAsync(ct);
        return Rest(recent, nowUtc);
    }

    /// <summary>A hard session (discomfort 7 or more) or a stop for pain asks for a day off for what it worked.</summary>
    private static List<RestAdvice> Rest(IReadOnlyList<SessionLog> sessions, DateTime nowUtc) =>
        sessions.Where(s => s.EndedAt + RestPeriod > nowUtc)
            .SelectMany(s =>
            {
                var until = s.EndedAt + RestPeriod;
                var pains = s.PainEvents.Where(p => p.Region is not null)
                    .Select(p => new RestAdvice(p.Region!.Value, until, $"{Kebab.Of(p.Symptom).Replace('-', ' ')} during {s.RoutineName}", RestReason.StoppedForPain));
                var hard = s.Discomfort >= DiscomfortThatNeedsRest
                    ? s.RegionSeconds.Select(r => r.Region).Union(s.SoreRegions)
                        .Select(region => new RestAdvice(region, until, $"discomfort {s.Discomfort}/10 after {s.RoutineName}", RestReason.HardSession))
                    : [];
                return pains.Concat(hard);
            })
            .Where(advice => advice.Region != BodyRegion.FullBody)
            .GroupBy(advice => advice.Region)
            .Select(g => g.MaxBy(advice => advice.UntilUtc)!)
            .OrderBy(advice => advice.Region)
            .ToList();

    private static List<RegionWeek> RegionWeeksOf(IReadOnlyList<SessionLog> sessions, DateOnly thisWeek, Func<DateTime, DateOnly> localDay) =>
        Enumerable.Range(0, ChartWeeks).Select(i => thisWeek.AddDays(7 * (i - ChartWeeks + 1)))
            .Select(start => new RegionWeek(start, sessions
                .Where(s => localDay(s.StartedAt) >= start && localDay(s.StartedAt) < start.AddDays(7))
                .SelectMany(s => s.RegionSeconds)
                .GroupBy(r => r.Region)
                .OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Seconds) / 60.0)))
            .ToList();
}
