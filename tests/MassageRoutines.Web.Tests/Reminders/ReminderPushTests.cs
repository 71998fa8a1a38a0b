using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Accounts;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Reminders;

/// <summary>
/// Reminders pushed while the app is closed, to a stand-in push service on loopback. The worker's own
/// timer is off (AppFactory turns it off; rounds are run by the tests), except where the timer itself is under test.
/// 2 March 2026 is a Monday; reminders are 09:00 to 17:00 London time (UTC then), every 30 minutes.
/// </summary>
public sealed class ReminderPushTests : IAsyncLifetime
{
    private const string Contact = "mailto:coach@example.com";
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly AppFactory app = new()
    {
        // The stand-in push service is on loopback over http: the test-only escape lets the pusher reach it.
        Settings =
        {
            ["Reminders:PushContact"] = Contact,
            ["Reminders:LocalPushHosts:0"] = "127.0.0.1",
            ["Reminders:AllowPrivatePushAddresses"] = "true",
        },
    };
    private FakePushService push = null!;

    public async Task InitializeAsync() => push = await FakePushService.StartAsync();

    public async Task DisposeAsync()
    {
        await push.DisposeAsync();
        await app.DisposeAsync();
    }

    /// <summary>A runner with weekday reminders and one subscribed browser; returns the runner id and the browser.</summary>
    private Task<(OwnerKey Runner, FakeBrowser Browser, string Path)> SubscribedAsync(AppFactory on, DateTimeOffset now) =>
        SubscribedAsync(on, now, push.Origin);

    /// <param name="language">The language of the page the browser subscribed from.</param>
    private async Task<(OwnerKey Runner, FakeBrowser Browser, string Path)> SubscribedAsync(AppFactory on, DateTimeOffset now, string origin, OwnerKey? owner = null,
        string language = "en")
    {
        var runner = owner ?? RunnerHistoryTests.NewDevice();
        var browser = new FakeBrowser();
        var path = $"/push/{Guid.NewGuid():N}";
        await on.WithDbAsync(async db =>
        {
            db.PushSubscriptions.Add(new PushSubscriptionRecord
            {
                OwnerKind = runner.Kind, OwnerId = runner.Id, Endpoint = origin + path, P256dh = browser.P256dh, Auth = browser.Auth, CreatedAt = now.UtcDateTime,
                Language = language,
            });
            await db.SaveChangesAsync();
            await RunnerReminders.SaveAsync(db, runner, new()
            {
                Days = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
                From = new TimeOnly(9, 0),
                To = new TimeOnly(17, 0),
                TimeZoneId = "Europe/London",
            }, now, CancellationToken.None);
            return 0;
        });
        return (runner, browser, path);
    }

    private Task<DateTime?> NextDueAsync(AppFactory on, OwnerKey runner) =>
        on.WithDbAsync(db => db.PushSubscriptions.OwnedBy(runner).Select(s => s.NextDueAt).SingleAsync());

    private Task<PushSubscriptionRecord> RowAsync(OwnerKey runner) =>
        app.WithDbAsync(db => db.PushSubscriptions.AsNoTracking().OwnedBy(runner).SingleAsync());

    private Task<bool> GoneAsync(OwnerKey runner) => app.WithDbAsync(async db => !await db.PushSubscriptions.OwnedBy(runner).AnyAsync());

    private Task<int> RoundAsync(AppFactory on, DateTimeOffset now)
    {
        on.Clock.Pin(now);
        return on.Services.GetRequiredService<ReminderPusher>().PushDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_due_reminder_is_signed_encrypted_and_opens_the_break_routine_then_the_next_is_scheduled()
    {
        var (runner, browser, path) = await SubscribedAsync(app, Monday.AddHours(8));
        Assert.Equal(Monday.AddHours(9.5).UtcDateTime, await NextDueAsync(app, runner));

        await RoundAsync(app, Monday.AddHours(9.5).AddSeconds(-1));
        Assert.Empty(push.Received);

        await RoundAsync(app, Monday.AddHours(9.5).AddSeconds(5));

        var message = Assert.Single(push.Received);
        Assert.Equal(path, message.Path);
        Assert.Equal("600", message.Ttl);
        Assert.Equal("movement-break", message.Topic);
        Assert.Equal("aes128gcm", message.ContentEncoding);

        var vapid = VapidHeader.Verify(message.Authorization);
        var keys = await app.Services.GetRequiredService<VapidKeyring>().KeysAsync(CancellationToken.None);
        Assert.Equal(keys.PublicKey, vapid.PublicKey);
        Assert.Equal(push.Origin, vapid.Claims.GetProperty("aud").GetString());
        Assert.Equal(Contact, vapid.Claims.GetProperty("sub").GetString());
        var expires = DateTimeOffset.FromUnixTimeSeconds(vapid.Claims.GetProperty("exp").GetInt64());
        // The push library signs with the system's clock, not the app's.
        Assert.InRange(expires, TimeProvider.System.GetUtcNow(), TimeProvider.System.GetUtcNow().AddHours(24));

        var payload = JsonDocument.Parse(browser.Decrypt(message.Body)).RootElement;
        Assert.Equal("Time for a movement break", payload.GetProperty("title").GetString());
        Assert.Equal("/play/midday-movement-break", payload.GetProperty("url").GetString());

        Assert.Equal(Monday.AddHours(10).UtcDateTime, await NextDueAsync(app, runner));
        await RoundAsync(app, Monday.AddHours(9.5).AddSeconds(30));
        Assert.Single(push.Received);
    }

    [Fact]
    public async Task A_reminder_is_in_the_language_kept_on_the_account_and_a_device_s_in_the_one_it_subscribed_in()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var userId = await app.CreateUserAsync(email);
        await app.KeepLanguageAsync(email, "es");
        // Subscribed from a German page, the account's Spanish wins.
        var (_, spanish, spanishPath) = await SubscribedAsync(app, Monday.AddHours(8), push.Origin, OwnerKey.Account(userId), language: "de");
        var (_, german, germanPath) = await SubscribedAsync(app, Monday.AddHours(8), push.Origin, language: "de");
        var (_, device, devicePath) = await SubscribedAsync(app, Monday.AddHours(8));

        await RoundAsync(app, Monday.AddHours(9.5));

        var received = push.Received.ToDictionary(m => m.Path);
        var inSpanish = JsonDocument.Parse(spanish.Decrypt(received[spanishPath].Body)).RootElement;
        var inGerman = JsonDocument.Parse(german.Decrypt(received[germanPath].Body)).RootElement;
        var inEnglish = JsonDocument.Parse(device.Decrypt(received[devicePath].Body)).RootElement;
        Assert.Equal(("Hora de una pausa activa", "Levántate y muévete unos minutos."),
            (inSpanish.GetProperty("title").GetString(), inSpanish.GetProperty("body").GetString()));
        Assert.Equal(("Zeit für eine Bewegungspause", "Steh auf und beweg dich ein paar Minuten."),
            (inGerman.GetProperty("title").GetString(), inGerman.GetProperty("body").GetString()));
        Assert.Equal(("Time for a movement break", "Stand up and move for a few minutes."),
            (inEnglish.GetProperty("title").GetString(), inEnglish.GetProperty("body").GetString()));
        Assert.Equal("/play/midday-movement-break", inSpanish.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_subscription_the_push_service_says_is_gone_is_removed()
    {
        var (runner, _, path) = await SubscribedAsync(app, Monday.AddHours(8));
        push.StatusByPath[path] = 410;

        await RoundAsync(app, Monday.AddHours(9.5));

        Assert.Single(push.Received);
        Assert.False(await app.WithDbAsync(db => db.PushSubscriptions.OwnedBy(runner).AnyAsync()));
    }

    [Fact]
    public async Task A_push_service_that_fails_keeps_the_subscription_and_the_round_goes_on()
    {
        var (failing, _, failingPath) = await SubscribedAsync(app, Monday.AddHours(8));
        var (working, _, _) = await SubscribedAsync(app, Monday.AddHours(8));
        push.StatusByPath[failingPath] = 500;

        await RoundAsync(app, Monday.AddHours(9.5));

        Assert.Equal(2, push.Received.Count);
        Assert.Equal(Monday.AddHours(10).UtcDateTime, await NextDueAsync(app, failing));
        Assert.Equal(Monday.AddHours(10).UtcDateTime, await NextDueAsync(app, working));
    }

    [Fact]
    public async Task A_session_logged_since_restarts_the_interval_and_nothing_is_sent_until_then()
    {
        var (runner, _, _) = await SubscribedAsync(app, Monday.AddHours(8));
        await app.WithDbAsync(db =>
        {
            db.SessionLogs.Add(new SessionLog
            {
                Id = Guid.NewGuid(), DeviceId = runner.Id, RoutineSlug = "midday-movement-break", RoutineName = "Midday movement break", Fingerprint = "x",
                StartedAt = Monday.AddHours(9).AddMinutes(15).UtcDateTime, EndedAt = Monday.AddHours(9).AddMinutes(20).UtcDateTime,
            });
            return db.SaveChangesAsync();
        });

        await RoundAsync(app, Monday.AddHours(9.5));

        Assert.Empty(push.Received);
        Assert.Equal(Monday.AddHours(9).AddMinutes(50).UtcDateTime, await NextDueAsync(app, runner));
        await RoundAsync(app, Monday.AddHours(9).AddMinutes(50));
        Assert.Single(push.Received);
    }

    [Fact]
    public async Task Reminders_stop_outside_the_hours_and_a_long_missed_one_is_not_sent_late()
    {
        var (runner, _, _) = await SubscribedAsync(app, Monday.AddHours(16).AddMinutes(45));
        Assert.Equal(Monday.AddDays(1).AddHours(9.5).UtcDateTime, await NextDueAsync(app, runner));
        await RoundAsync(app, Monday.AddHours(20));
        Assert.Empty(push.Received);

        // The server was down from 09:00 to 11:00 on Tuesday: the 09:30 break is skipped, the schedule goes on.
        await RoundAsync(app, Monday.AddDays(1).AddHours(11));
        Assert.Empty(push.Received);
        Assert.Equal(Monday.AddDays(1).AddHours(11.5).UtcDateTime, await NextDueAsync(app, runner));
    }

    [Fact]
    public async Task Two_instances_running_rounds_at_once_send_each_reminder_once()
    {
        await using var second = AppFactory.RestartOf(app);
        foreach (var (key, value) in app.Settings)
        {
            second.Settings[key] = value;
        }
        var runners = new List<OwnerKey>();
        for (var i = 0; i < 20; i++)
        {
            runners.Add((await SubscribedAsync(app, Monday.AddHours(8))).Runner);
        }
        var now = Monday.AddHours(9.5).AddSeconds(1);
        second.Clock.Pin(now);
        _ = second.Services;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => RoundAsync(i % 2 == 0 ? app : second, now)));

        Assert.Equal(20, push.Received.Count);
        Assert.Equal(20, push.Received.Select(m => m.Path).Distinct().Count());
        foreach (var runner in runners)
        {
            Assert.Equal(Monday.AddHours(10).UtcDateTime, await NextDueAsync(app, runner));
        }
    }

    [Fact]
    public async Task The_worker_runs_rounds_on_its_own()
    {
        await using var timed = AppFactory.RestartOf(app);
        foreach (var (key, value) in app.Settings)
        {
            timed.Settings[key] = value;
        }
        timed.Settings[ReminderPushService.Setting] = "1";
        var (runner, _, path) = await SubscribedAsync(app, app.Clock.GetUtcNow().AddDays(-1));
        // Due a moment ago, as the worker sees it.
        await app.WithDbAsync(db => db.PushSubscriptions.OwnedBy(runner)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextDueAt, Monday.AddHours(9.5).UtcDateTime)));
        timed.Clock.Pin(Monday.AddHours(9.5).AddSeconds(1));

        _ = timed.Services;

        await Eventually.TrueAsync(() => Task.FromResult(push.Received.Any(m => m.Path == path)), "the worker sent the due reminder");
    }

    [Fact]
    public async Task Push_services_that_never_answer_do_not_hold_up_another_runners_reminder()
    {
        app.Settings["Reminders:PushTimeoutSeconds"] = "60";
        await using var silent = await SilentServer.StartAsync();
        var hanging = new List<OwnerKey>();
        for (var i = 0; i < 3; i++)
        {
            var (runner, _, _) = await SubscribedAsync(app, Monday.AddHours(8), silent.Origin);
            hanging.Add(runner);
        }
        // Due first, so a round that sends one at a time would wait on each of them before the good one.
        var hangingIds = hanging.Select(h => h.Id).ToList();
        await app.WithDbAsync(db => db.PushSubscriptions.Where(s => s.OwnerKind == OwnerKind.Device && hangingIds.Contains(s.OwnerId))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextDueAt, Monday.AddHours(9.5).AddMinutes(-1).UtcDateTime)));
        var (good, _, goodPath) = await SubscribedAsync(app, Monday.AddHours(8));

        var round = RoundAsync(app, Monday.AddHours(9.5));

        await Eventually.TrueAsync(() => Task.FromResult(push.Received.Any(m => m.Path == goodPath)), "the good push service received its reminder");
        await Eventually.TrueAsync(() => Task.FromResult(silent.Accepted == 3), "the silent push services were each sent one");
        Assert.False(round.IsCompleted, "The round is still waiting on the silent push services.");

        await silent.DisposeAsync();
        await round;
        Assert.Equal(0, (await RowAsync(good)).Failures);
        foreach (var runner in hanging)
        {
            var row = await RowAsync(runner);
            Assert.Equal((1, Monday.AddHours(9.5).UtcDateTime), (row.Failures, row.FailingSince));
        }
    }

    [Fact]
    public async Task A_redirect_is_a_failure_and_is_never_followed()
    {
        var (runner, _, path) = await SubscribedAsync(app, Monday.AddHours(8));
        push.StatusByPath[path] = 302;

        await RoundAsync(app, Monday.AddHours(9.5));

        Assert.Single(push.Received);
        Assert.Empty(push.Followed);
        Assert.Equal(1, (await RowAsync(runner)).Failures);
    }

    [Fact]
    public async Task A_stored_endpoint_the_list_no_longer_takes_is_dropped_not_sent()
    {
        var (runner, _, _) = await SubscribedAsync(app, Monday.AddHours(8), push.Origin.Replace("127.0.0.1", "localhost"));

        await RoundAsync(app, Monday.AddHours(9.5));

        Assert.Empty(push.Received);
        Assert.True(await GoneAsync(runner));
    }

    [Fact]
    public async Task An_endpoint_that_keeps_failing_for_over_a_day_is_dropped_and_one_that_recovers_starts_over()
    {
        var (longFailing, _, longPath) = await SubscribedAsync(app, Monday.AddHours(8));
        var (newlyFailing, _, newPath) = await SubscribedAsync(app, Monday.AddHours(8));
        var (recovering, _, _) = await SubscribedAsync(app, Monday.AddHours(8));
        push.StatusByPath[longPath] = 500;
        push.StatusByPath[newPath] = 500;
        await SetFailuresAsync(longFailing, ReminderPusher.MaxFailures - 1, Monday.AddHours(9.5) - ReminderPusher.FailingFor - TimeSpan.FromHours(1));
        await SetFailuresAsync(newlyFailing, ReminderPusher.MaxFailures - 1, Monday.AddHours(9));
        await SetFailuresAsync(recovering, ReminderPusher.MaxFailures - 1, Monday.AddDays(-3));

        await RoundAsync(app, Monday.AddHours(9.5));

        Assert.Equal(3, push.Received.Count);
        Assert.True(await GoneAsync(longFailing));
        Assert.Equal((ReminderPusher.MaxFailures, Monday.AddHours(9).UtcDateTime), ((await RowAsync(newlyFailing)).Failures, (await RowAsync(newlyFailing)).FailingSince));
        Assert.Equal((0, (DateTime?)null), ((await RowAsync(recovering)).Failures, (await RowAsync(recovering)).FailingSince));
    }

    private Task SetFailuresAsync(OwnerKey runner, int failures, DateTimeOffset since) =>
        app.WithDbAsync(db => db.PushSubscriptions.OwnedBy(runner)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Failures, failures).SetProperty(p => p.FailingSince, since.UtcDateTime)));
}

/// <summary>A push service that accepts connections and never answers, until disposed.</summary>
internal sealed class SilentServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<TcpClient> connections = new();
    private readonly CancellationTokenSource stop = new();
    private int accepted;

    public string Origin => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public int Accepted => Volatile.Read(ref accepted);

    public static Task<SilentServer> StartAsync()
    {
        var server = new SilentServer();
        server.listener.Start();
        _ = server.AcceptAsync();
        return Task.FromResult(server);
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                connections.Enqueue(await listener.AcceptTcpClientAsync(stop.Token));
                Interlocked.Increment(ref accepted);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            stop.Cancel();
            listener.Stop();
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
        return ValueTask.CompletedTask;
    }
}
