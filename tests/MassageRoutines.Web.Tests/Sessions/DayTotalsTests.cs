using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Sessions;

/// <summary>The day totals history reads: kept with every write, moved at sign-in, and counted again when they cannot be trusted.</summary>
public class DayTotalsTests
{
    private static readonly DateTime LateTuesdayUtc = new(2026, 11, 24, 23, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_database_from_before_the_totals_is_counted_at_start()
    {
        await using var first = new AppFactory();
        var runner = RunnerHistoryTests.NewDevice();
        await RunnerHistoryTests.StoreAsync(first, runner, [RunnerHistoryTests.Log(LateTuesdayUtc), RunnerHistoryTests.Log(LateTuesdayUtc.AddDays(-1))]);
        // As a database migrated from before the totals: logs, and no totals.
        await first.WithDbAsync(async db =>
        {
            await db.DayTotals.ExecuteDeleteAsync();
            await db.WeekRegionTotals.ExecuteDeleteAsync();
            await db.DayRuns.ExecuteDeleteAsync();
            return await db.StoreSettings.ExecuteDeleteAsync();
        });

        await using var restarted = AppFactory.RestartOf(first);
        var totals = await restarted.WithDbAsync(db => db.DayTotals.OwnedBy(runner).OrderBy(t => t.Day).ToListAsync());
        var runs = await restarted.WithDbAsync(db => db.DayRuns.OwnedBy(runner).Select(r => new { r.FirstDay, r.LastDay }).ToListAsync());

        Assert.Equal([new DateOnly(2026, 11, 23).DayNumber, new DateOnly(2026, 11, 24).DayNumber], totals.Select(t => t.Day));
        Assert.All(totals, t => Assert.Equal((1, 300), (t.Sessions, t.ActiveSeconds)));
        Assert.Equal([(new DateOnly(2026, 11, 23).DayNumber, new DateOnly(2026, 11, 24).DayNumber)], runs.Select(r => (r.FirstDay, r.LastDay)));
    }

    [Fact]
    public async Task A_new_time_zone_counts_the_days_again()
    {
        await using var utc = new AppFactory();
        var runner = RunnerHistoryTests.NewDevice();
        await RunnerHistoryTests.StoreAsync(utc, runner, [RunnerHistoryTests.Log(LateTuesdayUtc)]);

        // 23:30 UTC on Tuesday is already Wednesday in Helsinki.
        await using var helsinki = AppFactory.On(utc.Database);
        helsinki.Settings["TimeZone"] = "Europe/Helsinki";
        var days = await helsinki.WithDbAsync(db => db.DayTotals.OwnedBy(runner).Select(t => t.Day).ToListAsync());

        Assert.Equal([new DateOnly(2026, 11, 25).DayNumber], days);
    }

    [Fact]
    public async Task Signing_in_moves_this_browsers_totals_to_the_account()
    {
        await using var app = new AppFactory();
        var browser = await app.RunnerClientAsync();
        await browser.PostSessionAsync(await SessionRequests.CompletedAsync(browser));
        await browser.PostSessionAsync(await SessionRequests.CompletedAsync(browser));
        var anonymous = await app.WithDbAsync(db => db.SessionLogs.Select(l => l.DeviceId!).Distinct().SingleAsync());
        var userId = await app.CreateUserAsync("claimer@example.com");
        // The account played yesterday on another device; this browser played today.
        await RunnerHistoryTests.StoreAsync(app, OwnerKey.Account(userId), [RunnerHistoryTests.Log(app.Clock.GetUtcNow().UtcDateTime.AddDays(-1))]);

        await browser.PostFormAsync("/account/sign-in", [new("Form.Email", "claimer@example.com"), new("Form.Password", TestAccounts.Password)]);

        var totals = await app.WithDbAsync(db => db.DayTotals.OrderBy(t => t.Day).ToListAsync());
        Assert.Equal([(OwnerKey.Account(userId), 1), (OwnerKey.Account(userId), 2)], totals.Select(t => (new OwnerKey(t.OwnerKind, t.OwnerId), t.Sessions)));
        Assert.DoesNotContain(await app.WithDbAsync(db => db.WeekRegionTotals.Select(t => t.OwnerId).Distinct().ToListAsync()), who => who == anonymous);
        Assert.DoesNotContain(await app.WithDbAsync(db => db.DayRuns.Select(r => r.OwnerId).Distinct().ToListAsync()), who => who == anonymous);
        var history = await app.WithDbAsync(db => RunnerHistory.LoadAsync(db, OwnerKey.Account(userId), app.Clock.GetUtcNow().UtcDateTime,
            app.Services.GetRequiredService<SiteTimeZone>(), CancellationToken.None));
        Assert.Equal([1, 2], history.LastSevenDays.TakeLast(2).Select(d => d.Bouts));
        Assert.Equal(2, history.StreakDays);
    }

    [Fact]
    public async Task The_same_log_sent_twice_counts_once()
    {
        await using var app = new AppFactory();
        var runner = RunnerHistoryTests.NewDevice();
        var log = RunnerHistoryTests.Log(LateTuesdayUtc, regions: [new(BodyRegion.Glutes, 90)]);
        await RunnerHistoryTests.StoreAsync(app, runner, [log]);

        var again = await app.Services.GetRequiredService<SessionWriter>().WriteAsync(log, CancellationToken.None);

        Assert.Equal(WriteOutcome.Repeated, again.Outcome);
        Assert.Equal(1, await app.WithDbAsync(db => db.DayTotals.OwnedBy(runner).SumAsync(t => t.Sessions)));
        Assert.Equal(90, await app.WithDbAsync(db => db.WeekRegionTotals.OwnedBy(runner).SumAsync(t => t.Seconds)));
    }

    [Fact]
    public async Task Two_instances_adding_neighbouring_days_at_once_keep_every_day_of_the_streak()
    {
        await using var a = new AppFactory();
        await using var b = AppFactory.On(a.Database);
        var runner = RunnerHistoryTests.NewDevice();
        var now = a.Clock.GetUtcNow().UtcDateTime;
        // Forty days up to today, sent at once: even days ago to A, odd ones to B, so neighbours race.
        var logs = Enumerable.Range(0, 40).Select(d => (App: d % 2 == 0 ? a : b, Log: RunnerHistoryTests.Log(now.AddDays(-d).AddMinutes(-30)))).ToList();
        logs.ForEach(l => l.Log.SetOwner(runner));

        var written = await Task.WhenAll(logs.Select(l => l.App.Services.GetRequiredService<SessionWriter>().WriteAsync(l.Log, CancellationToken.None)));

        Assert.All(written, w => Assert.Equal(WriteOutcome.Created, w.Outcome));
        var history = await a.WithDbAsync(db => RunnerHistory.LoadAsync(db, runner, now, a.Services.GetRequiredService<SiteTimeZone>(), CancellationToken.None));
        Assert.Equal(40, history.StreakDays);
        // One run, not forty that touch: each write waited for the other instance's lock on the runner's runs.
        var runs = await a.WithDbAsync(db => db.DayRuns.OwnedBy(runner).Select(r => new { r.FirstDay, r.LastDay }).ToListAsync());
        Assert.Equal(40, Assert.Single(runs).LastDay - runs[0].FirstDay + 1);
    }
}
