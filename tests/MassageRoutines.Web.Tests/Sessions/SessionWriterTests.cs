using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Sessions;

/// <summary>
/// The session writer's batches, written a statement per table: logs of many runners and days at once,
/// repeats and conflicts mixed into one batch, and two instances writing the same runners at once.
/// Every total and run of days must come out as if the logs had been counted one by one.
/// </summary>
public class SessionWriterTests
{
    private static readonly DateTime Noon = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    private static Task<WriteResult[]> WriteAllAsync(AppFactory app, IEnumerable<SessionLog> logs) =>
        Task.WhenAll(logs.Select(l => app.Services.GetRequiredService<SessionWriter>().WriteAsync(l, CancellationToken.None)));

    private static SessionLog LogOf(OwnerKey runner, int daysAgo, int seconds, BodyRegion region)
    {
        var log = RunnerHistoryTests.Log(Noon.AddDays(-daysAgo), seconds, regions: [new(region, seconds), new(BodyRegion.Calves, 10)]);
        log.SetOwner(runner);
        return log;
    }

    /// <summary>The runs of days a set of days makes, as (first, last) day numbers.</summary>
    private static List<(int, int)> RunsOf(IEnumerable<int> days)
    {
        var runs = new List<(int First, int Last)>();
        foreach (var day in days.Distinct().Order())
        {
            if (runs.Count > 0 && runs[^1].Last == day - 1)
            {
                runs[^1] = (runs[^1].First, day);
            }
            else
            {
                runs.Add((day, day));
            }
        }
        return runs.Select(r => (r.First, r.Last)).ToList();
    }

    private static async Task AssertTotalsMatchAsync(AppFactory app, IReadOnlyCollection<SessionLog> stored)
    {
        var zone = app.Services.GetRequiredService<SiteTimeZone>();
        foreach (var runner in stored.GroupBy(l => l.Owner))
        {
            var expectedDays = runner.GroupBy(l => zone.DayOf(l.StartedAt).DayNumber)
                .Select(g => (Day: g.Key, Sessions: g.Count(), Active: g.Sum(l => l.ActiveSeconds))).OrderBy(d => d.Day).ToList();
            var days = await app.WithDbAsync(db => db.DayTotals.OwnedBy(runner.Key).OrderBy(t => t.Day).ToListAsync());
            Assert.Equal(expectedDays, days.Select(d => (d.Day, d.Sessions, d.ActiveSeconds)));

            var expectedRegions = runner.SelectMany(l => l.RegionSeconds).GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Sum(r => r.Seconds));
            var regions = await app.WithDbAsync(db => db.WeekRegionTotals.OwnedBy(runner.Key).ToListAsync());
            Assert.Equal(expectedRegions.OrderBy(r => r.Key), regions.GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Sum(r => r.Seconds)).OrderBy(r => r.Key));

            var runs = await app.WithDbAsync(db => db.DayRuns.OwnedBy(runner.Key).OrderBy(r => r.FirstDay).Select(r => new { r.FirstDay, r.LastDay }).ToListAsync());
            Assert.Equal(RunsOf(expectedDays.Select(d => d.Day)), runs.Select(r => (r.FirstDay, r.LastDay)));
        }
    }

    [Fact]
    public async Task Logs_of_many_runners_and_days_arriving_at_once_in_any_order_are_counted_exactly()
    {
        await using var app = new AppFactory();
        var runners = Enumerable.Range(0, 12).Select(_ => RunnerHistoryTests.NewDevice()).ToList();
        // Each runner: days with gaps (every day but multiples of 5), two logs on some, shuffled.
        var random = new Random(20);
        var logs = runners.SelectMany((runner, r) => Enumerable.Range(0, 30).Where(d => d % 5 != 0)
                .SelectMany(d => Enumerable.Range(0, 1 + (d + r) % 2).Select(_ => LogOf(runner, d, 60 + random.Next(300), (BodyRegion)(d % 5)))))
            .OrderBy(_ => random.Next()).ToList();

        var written = await WriteAllAsync(app, logs);

        Assert.All(written, w => Assert.Equal(WriteOutcome.Created, w.Outcome));
        Assert.Equal(logs.Count, await app.WithDbAsync(db => db.SessionLogs.CountAsync()));
        await AssertTotalsMatchAsync(app, logs);
    }

    [Fact]
    public async Task One_batch_mixing_new_logs_repeats_and_conflicts_answers_each_and_counts_only_the_new()
    {
        await using var app = new AppFactory();
        var runner = RunnerHistoryTests.NewDevice();
        var stored = Enumerable.Range(0, 5).Select(d => LogOf(runner, d, 100, BodyRegion.Glutes)).ToList();
        Assert.All(await WriteAllAsync(app, stored), w => Assert.Equal(WriteOutcome.Created, w.Outcome));

        var fresh = Enumerable.Range(5, 5).Select(d => LogOf(runner, d, 200, BodyRegion.Hips)).ToList();
        SessionLog Different(SessionLog of)
        {
            var other = LogOf(runner, 1, 999, BodyRegion.Quads);
            other.Id = of.Id;
            other.Fingerprint = "another body";
            return other;
        }
        var someoneElse = LogOf(RunnerHistoryTests.NewDevice(), 0, 100, BodyRegion.Glutes);
        someoneElse.Id = stored[1].Id;
        someoneElse.Fingerprint = stored[1].Fingerprint;
        var newConflicting = LogOf(runner, 12, 50, BodyRegion.Shins);
        SessionLog[] batch =
        [
            fresh[0], stored[0], fresh[1], Different(stored[2]), fresh[2], fresh[2], someoneElse,
            newConflicting, Different(newConflicting), fresh[3], stored[3], fresh[4],
        ];

        var written = await WriteAllAsync(app, batch);

        Assert.Equal(
            [WriteOutcome.Created, WriteOutcome.Repeated, WriteOutcome.Created, WriteOutcome.Conflict, WriteOutcome.Created, WriteOutcome.Repeated,
             WriteOutcome.Conflict, WriteOutcome.Created, WriteOutcome.Conflict, WriteOutcome.Created, WriteOutcome.Repeated, WriteOutcome.Created],
            written.Select(w => w.Outcome));
        Assert.Equal(stored[0].Id, written[1].Log!.Id);
        Assert.Equal(stored[0].Fingerprint, written[1].Log!.Fingerprint);
        var kept = await app.WithDbAsync(db => db.SessionLogs.AsNoTracking().SingleAsync(l => l.Id == stored[2].Id));
        Assert.Equal(stored[2].ActiveSeconds, kept.ActiveSeconds);
        Assert.Equal(stored.Count + fresh.Count + 1, await app.WithDbAsync(db => db.SessionLogs.CountAsync()));
        await AssertTotalsMatchAsync(app, [.. stored, .. fresh, newConflicting]);
    }

    [Fact]
    public async Task A_log_read_back_has_every_field_as_it_was_written()
    {
        await using var app = new AppFactory();
        var log = RunnerHistoryTests.Log(Noon, 321, discomfort: 4, regions: [new(BodyRegion.Glutes, 90), new(BodyRegion.ItBand, 30)],
            pain: [new(3, Symptom.Tingling, null, PainChoice.EndSession), new(2, Symptom.SharpPain, BodyRegion.Hips, PainChoice.ContinueLighter)],
            sore: [BodyRegion.Calves, BodyRegion.LowBack]);
        log.Segments = [new(0, 10, false), new(1, 45, true)];
        log.TargetMinutes = 7;
        log.WarmUp = WarmUpMode.Timed;
        log.Notes = "Tight \"hips\" <b>& ünïcode ✓ 🏃\n";
        log.SetOwner(OwnerKey.Kiosk(7));
        log.ReceivedAt = Noon.AddTicks(1234560); // PostgreSQL keeps microseconds

        await WriteAllAsync(app, [log]);
        var read = await app.WithDbAsync(db => db.SessionLogs.AsNoTracking().SingleAsync(l => l.Id == log.Id));

        Assert.Equivalent(log, read, strict: true);
        Assert.Equal(DateTimeKind.Utc, read.StartedAt.Kind);
    }

    [Fact]
    public async Task Two_instances_writing_the_same_runners_and_ids_at_once_store_each_log_once_and_count_it_once()
    {
        await using var a = new AppFactory();
        await using var b = AppFactory.On(a.Database);
        var runners = Enumerable.Range(0, 6).Select(_ => RunnerHistoryTests.NewDevice()).ToList();
        var logs = runners.SelectMany(runner => Enumerable.Range(0, 20).Select(d => LogOf(runner, d, 120, (BodyRegion)(d % 4)))).ToList();
        // Every log goes to both instances at once: one stores it, the other finds it stored.
        var random = new Random(2);
        var sends = logs.SelectMany(l => new[] { (App: a, Log: l), (App: b, Log: l) }).OrderBy(_ => random.Next()).ToList();

        var written = await Task.WhenAll(sends.Select(s => s.App.Services.GetRequiredService<SessionWriter>().WriteAsync(s.Log, CancellationToken.None)));

        var byId = sends.Zip(written, (s, w) => (s.Log.Id, w.Outcome)).GroupBy(x => x.Id).ToList();
        Assert.All(byId, g => Assert.Equal([WriteOutcome.Created, WriteOutcome.Repeated], g.Select(x => x.Outcome).Order()));
        Assert.Equal(logs.Count, await a.WithDbAsync(db => db.SessionLogs.CountAsync()));
        await AssertTotalsMatchAsync(a, logs);
    }
}
