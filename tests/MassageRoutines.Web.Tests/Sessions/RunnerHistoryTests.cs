using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Sessions;

/// <summary>A runner's history, from logs stored the way the API stores them (with their day totals).</summary>
public class RunnerHistoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    // Wednesday 26 November 2026, 18:00 UTC.
    private static readonly DateTime Now = new(2026, 11, 26, 18, 0, 0, DateTimeKind.Utc);

    internal static SessionLog Log(DateTime startedUtc, int activeSeconds = 300, int? discomfort = null,
        RegionSeconds[]? regions = null, PainEvent[]? pain = null, BodyRegion[]? sore = null) => new()
        {
            Id = Guid.NewGuid(),
            RoutineSlug = "post-run-quick",
            RoutineName = "5-minute post-run",
            RoutineVersion = 1,
            StartedAt = startedUtc,
            EndedAt = startedUtc.AddSeconds(activeSeconds + 20),
            Outcome = pain is null ? SessionOutcome.Completed : SessionOutcome.StoppedForPain,
            ActiveSeconds = activeSeconds,
            Discomfort = discomfort,
            RegionSeconds = [.. regions ?? [new(BodyRegion.Calves, 120)]],
            PainEvents = [.. pain ?? []],
            SoreRegions = [.. sore ?? []],
            Fingerprint = "test",
        };

    /// <summary>Stores the logs for a new runner through the app's session writer, then reads that runner's history.</summary>
    internal static OwnerKey NewDevice() => OwnerKey.Device(Guid.NewGuid().ToString("N"));

    internal static async Task<RunnerHistory> HistoryOfAsync(IEnumerable<SessionLog> logs, AppFactory app, OwnerKey? runner = null)
    {
        var owner = runner ?? NewDevice();
        await StoreAsync(app, owner, logs);
        return await app.WithDbAsync(db => RunnerHistory.LoadAsync(db, owner, Now, app.Services.GetRequiredService<SiteTimeZone>(), CancellationToken.None));
    }

    internal static async Task StoreAsync(AppFactory app, OwnerKey runner, IEnumerable<SessionLog> logs)
    {
        var writer = app.Services.GetRequiredService<SessionWriter>();
        foreach (var log in logs)
        {
            log.SetOwner(runner);
            Assert.Equal(WriteOutcome.Created, (await writer.WriteAsync(log, CancellationToken.None)).Outcome);
        }
    }

    private Task<RunnerHistory> HistoryOfAsync(IEnumerable<SessionLog> logs) => HistoryOfAsync(logs, app);

    [Fact]
    public async Task This_week_counts_sessions_and_minutes_since_monday()
    {
        var sunday = Log(new DateTime(2026, 11, 22, 20, 0, 0, DateTimeKind.Utc), 600);
        var monday = Log(new DateTime(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc), 300);
        var today = Log(Now.AddHours(-2), 330);

        var history = (await HistoryOfAsync([sunday, monday, today]));

        Assert.Equal(2, history.SessionsThisWeek);
        Assert.Equal(11, history.MinutesThisWeek);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2 }, 3)]
    [InlineData(new[] { 1, 2, 3 }, 3)]
    [InlineData(new[] { 0, 2, 3 }, 1)]
    [InlineData(new[] { 2, 3 }, 0)]
    [InlineData(new int[0], 0)]
    public async Task The_streak_counts_days_in_a_row_up_to_today_or_yesterday(int[] daysAgo, int streak)
    {
        var sessions = daysAgo.Select(d => Log(Now.AddDays(-d).AddHours(-1))).ToList();

        Assert.Equal(streak, (await HistoryOfAsync(sessions)).StreakDays);
    }

    [Fact]
    public async Task Days_follow_the_sites_time_zone()
    {
        // 23:30 UTC on Tuesday is already Wednesday in Helsinki (UTC+2).
        var lateTuesdayUtc = Log(new DateTime(2026, 11, 24, 23, 30, 0, DateTimeKind.Utc));

        await using var helsinkiApp = new AppFactory { Settings = { ["TimeZone"] = "Europe/Helsinki" } };
        Assert.Equal(1, (await HistoryOfAsync([lateTuesdayUtc], helsinkiApp)).LastSevenDays.Single(d => d.Day == new DateOnly(2026, 11, 25)).Bouts);
        Assert.Equal(1, (await HistoryOfAsync([Log(lateTuesdayUtc.StartedAt)])).LastSevenDays.Single(d => d.Day == new DateOnly(2026, 11, 24)).Bouts);
    }

    [Fact]
    public async Task Bouts_per_day_cover_the_last_seven_days_ending_today()
    {
        var sessions = new[] { Log(Now.AddHours(-9)), Log(Now.AddHours(-1)), Log(Now.AddDays(-3)), Log(Now.AddDays(-8)) };

        var days = (await HistoryOfAsync(sessions)).LastSevenDays;

        Assert.Equal(new DateOnly(2026, 11, 20), days[0].Day);
        Assert.Equal(new DateOnly(2026, 11, 26), days[^1].Day);
        Assert.Equal([0, 0, 0, 1, 0, 0, 2], days.Select(d => d.Bouts));
    }

    [Fact]
    public async Task A_hard_session_in_the_last_day_asks_for_rest_for_the_regions_it_worked_and_the_sore_ones()
    {
        var hard = Log(Now.AddHours(-3), discomfort: 8, regions: [new(BodyRegion.Glutes, 90), new(BodyRegion.Hips, 90)], sore: [BodyRegion.Calves]);

        var advice = (await HistoryOfAsync([hard])).RestAdvice;

        Assert.Equal([BodyRegion.Hips, BodyRegion.Glutes, BodyRegion.Calves], advice.Select(a => a.Region));
        Assert.All(advice, a => Assert.Equal(hard.EndedAt.AddHours(24), a.UntilUtc));
        Assert.Contains("discomfort 8/10 after 5-minute post-run", advice[0].Reason.ToString());
    }

    [Fact]
    public async Task A_stop_for_pain_asks_for_rest_for_that_region()
    {
        var stopped = Log(Now.AddHours(-5), discomfort: 2, pain: [new PainEvent(3, Symptom.Tingling, BodyRegion.Shins, PainChoice.EndSession)]);

        var advice = Assert.Single((await HistoryOfAsync([stopped])).RestAdvice);

        Assert.Equal(BodyRegion.Shins, advice.Region);
        Assert.Equal("tingling during 5-minute post-run", advice.Reason.ToString());
    }

    [Fact]
    public async Task Easy_sessions_and_hard_ones_over_a_day_ago_ask_for_no_rest()
    {
        var easy = Log(Now.AddHours(-2), discomfort: 6);
        var old = Log(Now.AddHours(-25), discomfort: 9);

        Assert.Empty((await HistoryOfAsync([easy, old])).RestAdvice);
    }

    [Fact]
    public async Task Region_minutes_are_summed_per_week_for_the_last_eight_weeks()
    {
        var thisWeek = Log(Now.AddHours(-1), regions: [new(BodyRegion.Glutes, 90), new(BodyRegion.Calves, 30)]);
        var alsoThisWeek = Log(Now.AddDays(-2), regions: [new(BodyRegion.Glutes, 30)]);
        var sevenWeeksAgo = Log(Now.AddDays(-49), regions: [new(BodyRegion.Shins, 60)]);
        var nineWeeksAgo = Log(Now.AddDays(-63), regions: [new(BodyRegion.Quads, 600)]);

        var weeks = (await HistoryOfAsync([thisWeek, alsoThisWeek, sevenWeeksAgo, nineWeeksAgo])).RegionWeeks;

        Assert.Equal(8, weeks.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), weeks[^1].WeekStart);
        Assert.Equal(new DateOnly(2026, 10, 5), weeks[0].WeekStart);
        Assert.Equal(new Dictionary<BodyRegion, double> { [BodyRegion.Glutes] = 2, [BodyRegion.Calves] = 0.5 }, weeks[^1].Minutes);
        Assert.Equal(new Dictionary<BodyRegion, double> { [BodyRegion.Shins] = 1 }, weeks[0].Minutes);
        Assert.DoesNotContain(weeks, w => w.Minutes.ContainsKey(BodyRegion.Quads));
    }

    [Fact]
    public async Task A_runner_with_no_sessions_has_an_empty_history()
    {
        var history = await HistoryOfAsync([]);

        Assert.False(history.HasSessions);
        Assert.Equal((0, 0, 0), (history.SessionsThisWeek, history.MinutesThisWeek, history.StreakDays));
    }

    [Fact]
    public async Task A_long_streak_is_counted_to_its_first_day()
    {
        var history = await HistoryOfAsync(Enumerable.Range(0, 120).Select(d => Log(Now.AddDays(-d).AddHours(-1))));

        Assert.Equal(120, history.StreakDays);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 7, 8 })]
    [InlineData(new[] { 8, 7, 5, 4, 3, 2, 1, 0 })]
    [InlineData(new[] { 1, 3, 5, 7, 0, 2, 8, 4 })]
    [InlineData(new[] { 4, 0, 8, 2, 5, 7, 1, 3 })]
    public async Task Days_make_the_same_runs_whatever_order_they_arrive_in(int[] daysAgo)
    {
        var runner = NewDevice();
        var history = await HistoryOfAsync(daysAgo.Select(d => Log(Now.AddDays(-d).AddHours(-1))), app, runner);

        Assert.Equal(6, history.StreakDays);
        var today = DateOnly.FromDateTime(Now).DayNumber;
        var runs = await app.WithDbAsync(db => db.DayRuns.OwnedBy(runner).OrderBy(r => r.FirstDay).Select(r => new { r.FirstDay, r.LastDay }).ToListAsync());
        Assert.Equal([(today - 8, today - 7), (today - 5, today)], runs.Select(r => (r.FirstDay, r.LastDay)));
    }

    [Fact]
    public async Task The_streak_reads_on_through_runs_that_touch()
    {
        // Two instances adding neighbouring days at the same moment can leave runs that touch, never overlap.
        var runner = NewDevice();
        var today = DateOnly.FromDateTime(Now).DayNumber;
        await app.WithDbAsync(async db =>
        {
            db.DayRuns.AddRange(
                new DayRun { OwnerKind = runner.Kind, OwnerId = runner.Id, FirstDay = today - 30, LastDay = today - 20 },
                new DayRun { OwnerKind = runner.Kind, OwnerId = runner.Id, FirstDay = today - 12, LastDay = today - 10 },
                new DayRun { OwnerKind = runner.Kind, OwnerId = runner.Id, FirstDay = today - 9, LastDay = today - 9 },
                new DayRun { OwnerKind = runner.Kind, OwnerId = runner.Id, FirstDay = today - 8, LastDay = today - 5 },
                new DayRun { OwnerKind = runner.Kind, OwnerId = runner.Id, FirstDay = today - 4, LastDay = today - 3 },
                new DayRun { OwnerKind = runner.Kind, OwnerId = runner.Id, FirstDay = today - 2, LastDay = today - 1 });
            return await db.SaveChangesAsync();
        });

        var history = await HistoryOfAsync([], app, runner);

        Assert.True(history.HasSessions);
        Assert.Equal(12, history.StreakDays);
    }
}
