using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Keeps each runner's (and kiosk's) <see cref="DayRun"/> rows in step with their day totals. A day
/// that gets its first session joins the run that ends the day before and the one that starts the day
/// after, whatever order days arrive in, so a streak reads the newest run instead of every day back
/// to a gap. A write holds the runner's lock on their runs (<see cref="MassageDbContext.LockRunsOfDaysAsync"/>)
/// while it joins days, so two instances writing neighbouring days wait for each other; should two runs
/// ever touch all the same, the streak reads on through them.
/// </summary>
public static class DayRuns
{
    public const string Table = SessionTables.DayRuns;

    /// <summary>Runs read at a time by the streak: one is the usual answer, more only after two instances raced.</summary>
    private const int StreakBatch = 4;

    /// <summary>Puts days that had no session before into runs, inside the caller's transaction.</summary>
    public static async Task AddAsync(MassageDbContext db, IEnumerable<(OwnerKey Owner, int Day)> newDays, CancellationToken ct)
    {
        var runners = newDays.GroupBy(d => d.Owner).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Id, StringComparer.Ordinal).ToList();
        if (runners.Count == 0)
        {
            return;
        }
        // Every runner of the batch at once (one statement), before any of their days is joined.
        await db.LockRunsOfDaysAsync(runners.Select(r => r.Key).ToList(), ct);
        foreach (var runner in runners)
        {
            foreach (var day in runner.Select(d => d.Day).Order())
            {
                await JoinAsync(db, runner.Key, day, ct);
            }
        }
    }

    /// <summary>The days in a row with a session up to today, or up to yesterday while today is still open; and whether there is any day at all.</summary>
    public static async Task<(bool Any, int Streak)> StreakAsync(MassageDbContext db, OwnerKey who, int today, CancellationToken ct)
    {
        var streak = 0;
        var any = false;
        var expected = (int?)null;
        var startsBefore = today + 1;
        while (true)
        {
            var runs = await db.DayRuns.AsNoTracking().OwnedBy(who).Where(r => r.FirstDay < startsBefore)
                .OrderByDescending(r => r.FirstDay).Take(StreakBatch).ToListAsync(ct);
            any |= runs.Count > 0;
            foreach (var run in runs)
            {
                var last = Math.Min(run.LastDay, today);
                expected ??= last >= today - 1 ? last : int.MinValue;
                if (last != expected)
                {
                    return (any, streak);
                }
                streak += last - run.FirstDay + 1;
                expected = run.FirstDay - 1;
            }
            if (runs.Count < StreakBatch)
            {
                return (any, streak);
            }
            startsBefore = runs[^1].FirstDay;
        }
    }

    /// <summary>Counts one runner's runs again from their day totals (after two runners' totals were joined).</summary>
    public static async Task RebuildAsync(MassageDbContext db, OwnerKey who, CancellationToken ct)
    {
        await db.LockRunsOfDaysAsync([who], ct);
        await db.DayRuns.OwnedBy(who).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(FromDayTotals("WHERE \"OwnerKind\" = {0} AND \"OwnerId\" = {1}"), [DayTotals.Kind(who), who.Id], ct);
    }

    /// <summary>Counts every run again from the day totals (after they were counted again).</summary>
    public static async Task RebuildAllAsync(MassageDbContext db, CancellationToken ct)
    {
        await db.DayRuns.ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(FromDayTotals(""), ct);
    }

    /// <summary>
    /// Days in a run share the day minus its rank among the runner's days ("gaps and islands"); SQLite
    /// and PostgreSQL both have the window function.
    /// </summary>
    private static string FromDayTotals(string where) => $"""
        INSERT INTO "{Table}" ("OwnerKind", "OwnerId", "FirstDay", "LastDay")
        SELECT "OwnerKind", "OwnerId", MIN("Day"), MAX("Day") FROM (
            SELECT "OwnerKind", "OwnerId", "Day", "Day" - ROW_NUMBER() OVER (PARTITION BY "OwnerKind", "OwnerId" ORDER BY "Day") AS "Island"
            FROM "{DayTotals.Table}" {where}
        ) AS "Days"
        GROUP BY "OwnerKind", "OwnerId", "Island"
        """;

    /// <summary>
    /// One new day into the runs, under the runner's lock. Only the transaction that adds a day changes
    /// the run ends beside it (the one before it, the start after it), so each change below matches its
    /// row by that end.
    /// </summary>
    private static async Task JoinAsync(MassageDbContext db, OwnerKey who, int day, CancellationToken ct)
    {
        // Runs never overlap: the two newest that start by tomorrow are the one starting tomorrow, if any, and the one before.
        var near = await db.DayRuns.AsNoTracking().OwnedBy(who).Where(r => r.FirstDay <= day + 1)
            .OrderByDescending(r => r.FirstDay).Take(2).ToListAsync(ct);
        var after = near.Any(r => r.FirstDay == day + 1);
        var before = near.FirstOrDefault(r => r.FirstDay <= day && r.LastDay >= day - 1);
        var runs = db.DayRuns.OwnedBy(who);
        if (before is not null && before.LastDay >= day)
        {
            return;
        }
        if (before is not null && after)
        {
            var deleted = await db.Database.SqlQueryRaw<int>(
                $$"""DELETE FROM "{{Table}}" WHERE "OwnerKind" = {0} AND "OwnerId" = {1} AND "FirstDay" = {2} RETURNING "LastDay" AS "Value" """,
                DayTotals.Kind(who), who.Id, day + 1).ToListAsync(ct);
            var lastDay = deleted is [var last] ? last : day;
            await runs.Where(r => r.LastDay == day - 1).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastDay, lastDay), ct);
        }
        else if (before is not null)
        {
            await runs.Where(r => r.LastDay == day - 1).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastDay, day), ct);
        }
        else if (after)
        {
            await runs.Where(r => r.FirstDay == day + 1).ExecuteUpdateAsync(s => s.SetProperty(r => r.FirstDay, day), ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync($$"""INSERT INTO "{{Table}}" ("OwnerKind", "OwnerId", "FirstDay", "LastDay") VALUES ({0}, {1}, {2}, {2})""",
                [DayTotals.Kind(who), who.Id, day], ct);
        }
    }
}
