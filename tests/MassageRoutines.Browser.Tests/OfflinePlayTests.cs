using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Browser.Tests.PageObjects;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MassageRoutines.Browser.Tests;

/// <summary>What the runner's service worker keeps (wwwroot/sw.js), read from the page's CacheStorage.</summary>
internal sealed record KeptCache(string Name, int Entries, long Bytes, string[] Keys);

internal static class RunnerWorkerCaches
{
    private const string Read = """
        async () => {
          const kept = [];
          for (const name of await caches.keys()) {
            if (!name.startsWith('mr-runner-')) continue;
            const cache = await caches.open(name);
            if (!(await cache.match('/offline/filled'))) continue;
            const requests = await cache.keys();
            let bytes = 0;
            for (const request of requests) bytes += (await (await cache.match(request)).blob()).size;
            kept.push({ name, entries: requests.length, bytes, keys: requests.map(r => new URL(r.url).pathname + new URL(r.url).search) });
          }
          return JSON.stringify(kept);
        }
        """;

    /// <summary>The runner's filled caches (those with the worker's mark), each with its size.</summary>
    public static async Task<KeptCache[]> KeptAsync(this IPage page) =>
        JsonSerializer.Deserialize<KeptCache[]>(await page.EvaluateAsync<string>(Read), JsonSerializerOptions.Web)!;

    /// <summary>Waits until the worker has filled a cache other than <paramref name="not"/>, and deleted every other one.</summary>
    public static Task<KeptCache> WaitUntilKeptAsync(this IPage page, string? not = null) =>
        page.WaitUntilKeptAsync(kept => kept.Name != not);

    /// <summary>Waits until the worker keeps one cache only, filled, and such as <paramref name="wanted"/> says.</summary>
    public static async Task<KeptCache> WaitUntilKeptAsync(this IPage page, Func<KeptCache, bool> wanted)
    {
        KeptCache[] kept = [];
        await Eventually.TrueAsync(async () =>
        {
            kept = await page.KeptAsync();
            var all = await page.EvaluateAsync<int>("async () => (await caches.keys()).filter(name => name.startsWith('mr-runner-')).length");
            return kept.Length == 1 && all == 1 && wanted(kept[0]);
        }, "the runner's service worker has filled one cache (and only one)");
        return kept[0];
    }
}

/// <summary>A runner's phone with no signal: after one visit, every routine plays, and a log made offline lands once.</summary>
[Collection(BrowserCollection.Name)]
public class OfflinePlayTests(BrowserFixture browser)
{
    private const string SavedOnDevice = "Saved on this device. It will be sent when you are back online.";

    /// <summary>Plays on to the end screen and saves with no network: the end screen says the log waits on the device.</summary>
    private static async Task PlayToTheEndAndSaveAsync(PlayerPage player, int seconds, int discomfort, string? notes = null)
    {
        await player.Page.Clock.RunForAsync(seconds * 1000);
        await Expect(player.Done).ToBeVisibleAsync();
        await player.Page.Clock.ResumeAsync();
        await player.SaveAsync(discomfort: discomfort, notes: notes);
        await Expect(player.SaveStatus).ToHaveTextAsync(SavedOnDevice, new() { Timeout = 15_000 });
    }

    [BrowserFact]
    public Task After_one_visit_a_routine_never_opened_plays_from_start_to_end_with_no_network() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/moves");
        await page.WaitUntilKeptAsync();

        await page.Context.SetOfflineAsync(true);
        await page.GotoPausedAsync("/routines", browser.App.Clock);
        await page.GetByRole(AriaRole.Link, new() { Name = "5-minute post-run" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start routine" }).ClickAsync();
        var player = new PlayerPage(page);
        await player.StartAsync("5 minutes");
        await Expect(player.MoveName).Not.ToBeEmptyAsync();
        await PlayToTheEndAndSaveAsync(player, seconds: 400, discomfort: 2);
    });

    [BrowserFact]
    public Task A_log_made_offline_lands_exactly_once_after_the_page_was_closed_and_opened_again_online() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/");
        await page.WaitUntilKeptAsync();
        await page.Context.SetOfflineAsync(true);
        await page.GotoPausedAsync("/play/midday-movement-break", browser.App.Clock);
        var player = new PlayerPage(page);
        await player.StartAsync();
        await PlayToTheEndAndSaveAsync(player, seconds: 300, discomfort: 3, notes: "Played with no signal");

        // Closed with the log still waiting, reopened when the signal is back: the outbox sends it on load.
        var context = page.Context;
        await page.CloseAsync();
        await context.SetOfflineAsync(false);
        var again = await context.NewPageAsync();
        await again.GotoAsync("/routines");
        await Eventually.TrueAsync(async () => (await StoredAsync(context)).Count > 0, "the log made offline was sent");
        // Another page, another flush of the outbox: nothing is sent twice.
        await again.GotoAsync("/history");
        await Expect(again.GetByRole(AriaRole.Link, new() { Name = "Midday movement break" })).ToHaveCountAsync(1);
        var log = Assert.Single(await StoredAsync(context));
        Assert.Equal(("Played with no signal", (int?)3), (log.Notes, log.Discomfort));
        await again.CloseAsync();
    });

    [BrowserFact]
    public async Task What_was_kept_for_a_member_is_gone_once_they_sign_out()
    {
        var app = browser.App;
        var built = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/build?phase=post-run&minutes=6");
        var slug = built.GetProperty("routine").GetProperty("slug").GetString()!;
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runnerId = await app.CreateUserAsync(email);
        var coachId = await app.CreateCoachAsync($"coach-{Guid.NewGuid():N}@example.com");
        await app.CreateGroupAsync(coachId, "Park runners", [new PlanItem { RoutineSlug = slug, Timing = PlanTiming.Daily }], runnerId);

        await browser.WithPageAsync(async page =>
        {
            await (await SignInPage.OpenAsync(page)).SignInAsync(email, TestAccounts.Password);
            await page.GotoAsync("/routines");
            var member = await page.WaitUntilKeptAsync(kept => kept.Keys.Contains($"/play/{slug}"));

            await page.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.GotoAsync("/routines");

            var anonymous = await page.WaitUntilKeptAsync(not: member.Name);
            Assert.DoesNotContain($"/play/{slug}", anonymous.Keys);
            Assert.Contains("/play/midday-movement-break", anonymous.Keys);
        });
    }

    /// <summary>The logs of this browser; none while it has no runner cookie yet (its first post makes one).</summary>
    private async Task<List<SessionLog>> StoredAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).Any(c => c.Name == "mr_runner") ? await browser.SessionsOfAsync(context) : [];
}

/// <summary>The app of <see cref="OfflineLibraryChangeTests"/>: its library changes, which the shared app's must not.</summary>
public sealed class OfflineLibraryFixture() : BrowserFixture(new AppFactory());

/// <summary>
/// The seeded library's weight in the worker's cache, and a library change moving the worker to the new
/// version as a whole; on an app of their own, whose library no other test changes.
/// </summary>
public class OfflineLibraryChangeTests(OfflineLibraryFixture browser, ITestOutputHelper output) : IClassFixture<OfflineLibraryFixture>
{
    [BrowserFact]
    public Task The_seeded_library_fits_the_budget_and_a_routine_a_coach_publishes_is_kept_in_a_new_complete_cache_the_old_one_deleted() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/routines");
        var before = await page.WaitUntilKeptAsync();
        Assert.DoesNotContain("/play/offline-cool-down", before.Keys);
        output.WriteLine($"Kept for the seeded library: {before.Entries} answers, {before.Bytes} bytes.");
        Assert.True(before.Bytes < 1_000_000, $"The worker keeps {before.Bytes} bytes for the seeded library; the budget is 1 MB.");

        await PublishAsync();
        await page.GotoAsync("/routines");
        var after = await page.WaitUntilKeptAsync(not: before.Name);
        Assert.Contains("/play/offline-cool-down", after.Keys);
        Assert.Contains("/api/routines/offline-cool-down/timeline?minutes=5", after.Keys);

        // With no network, the list, the routine and its player all come from the new version.
        await page.Context.SetOfflineAsync(true);
        await page.GotoPausedAsync("/routines", browser.App.Clock);
        await page.GetByRole(AriaRole.Link, new() { Name = "Offline cool-down" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start routine" }).ClickAsync();
        var player = new PlayerPage(page);
        await player.StartAsync();
        await Expect(player.MoveName).ToHaveTextAsync("Broad strokes for the legs");
        await page.Clock.RunForAsync(600_000);
        await Expect(player.Done).ToBeVisibleAsync();
    });

    private async Task PublishAsync()
    {
        var app = browser.App;
        await app.WithDbAsync(async db =>
        {
            var library = await db.Libraries.SingleAsync(l => l.Slug == Library.DefaultSlug);
            var moves = await db.Moves.ToDictionaryAsync(m => m.Slug, m => m.Id);
            var move = await db.Moves.SingleAsync(m => m.Slug == "leg-broad-strokes");
            var routine = new Routine
            {
                Slug = "offline-cool-down",
                Name = "Offline cool-down",
                Phase = Phase.PostRun,
                Items = [new RoutineItem { Move = move.ToMove(), Seconds = 60 }],
            };
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var record = RoutineRecord.From(routine, library.Id, moves, ContentStatus.Published, now);
            record.Version = 1;
            record.Versions.Add(RoutineVersionRecord.From(routine, now));
            db.Routines.Add(record);
            return await db.SaveChangesAsync();
        });
        await app.LibraryChangedAsync();
    }
}
