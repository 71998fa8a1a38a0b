using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Browser.Tests;

/// <summary>The kiosk on a 1920x1080 TV and an 800x1280 tablet, under Playwright's fake clock.</summary>
[Collection(BrowserCollection.Name)]
public class KioskTests(BrowserFixture browser)
{
    private static BrowserNewContextOptions Screen(int width, int height) => new() { ViewportSize = new() { Width = width, Height = height }, HasTouch = true };

    private async Task<KioskPage> OpenPausedAsync(IPage page, string token)
    {
        await page.GotoPausedAsync($"/kiosk/{token}", browser.App.Clock);
        return new KioskPage(page);
    }

    private static async Task AssertKioskScreenAsync(KioskPage kiosk)
    {
        Assert.True(await kiosk.FitsAsync(), $"The kiosk scrolls at {kiosk.Page.ViewportSize!.Width}x{kiosk.Page.ViewportSize.Height}.");
        Assert.Empty(await kiosk.SmallTargetsAsync());
        await Expect(kiosk.Page.Locator("a")).ToHaveCountAsync(0);
        await kiosk.Page.ScanWithPausedClockAsync();
    }

    private Task<List<SessionLog>> LogsOfAsync(int kioskId) =>
        browser.App.WithDbAsync(db => db.SessionLogs.AsNoTracking().Where(l => l.KioskId == kioskId).ToListAsync());

    /// <summary>The outbox sends in the background: give it a moment.</summary>
    private async Task<List<SessionLog>> WaitForLogsAsync(int kioskId, int count)
    {
        await Eventually.TrueAsync(async () => (await LogsOfAsync(kioskId)).Count >= count, $"the kiosk's outbox has sent {count} log(s)");
        return await LogsOfAsync(kioskId);
    }

    [BrowserTheory]
    [InlineData(1920, 1080)]
    [InlineData(800, 1280)]
    public async Task A_walk_up_runner_taps_a_tile_plays_to_the_end_rates_it_and_the_kiosk_resets(int width, int height)
    {
        var (kioskId, token) = await browser.App.CreateKioskAsync();
        await browser.WithPageAsync(async page =>
        {
            var kiosk = await OpenPausedAsync(page, token);
            await Expect(kiosk.Tile("Midday movement break")).ToBeVisibleAsync();
            await AssertKioskScreenAsync(kiosk);

            await kiosk.Tile("Midday movement break").ClickAsync();
            await Expect(kiosk.Countdown).ToHaveTextAsync("0:05");
            await AssertKioskScreenAsync(kiosk);

            await kiosk.StopForPain.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Stopped for pain" })).ToBeVisibleAsync();
            Assert.Empty(await kiosk.SmallTargetsAsync());
            await page.ScanWithPausedClockAsync();
            await page.Keyboard.PressAsync("Escape");
            await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();

            await page.Clock.RunForAsync(121_000);
            await Expect(kiosk.EndScreen).ToBeVisibleAsync();
            await AssertKioskScreenAsync(kiosk);

            await kiosk.Feel(3).ClickAsync();
            await Expect(kiosk.Feel(3)).ToHaveAttributeAsync("aria-pressed", "true");
            await kiosk.Done.ClickAsync();

            await Expect(kiosk.Attract).ToBeVisibleAsync();
            Assert.Equal(0, await kiosk.StoredItemsAsync());
            await Expect(page.Locator("[data-feel='3']")).ToHaveAttributeAsync("aria-pressed", "false");
            var log = Assert.Single(await WaitForLogsAsync(kioskId, 1));
            Assert.Equal(("midday-movement-break", SessionOutcome.Completed, (int?)3, (string?)null, (string?)null), (log.RoutineSlug, log.Outcome, log.Discomfort, log.AccountId, log.DeviceId));
        }, Screen(width, height));
    }

    [BrowserTheory]
    [InlineData(1920, 1080)]
    [InlineData(800, 1280)]
    public async Task Whats_sore_builds_a_routine_for_the_spots_tapped_plays_it_large_with_pictures_logs_it_and_the_reset_forgets_it(int width, int height)
    {
        var (kioskId, token) = await browser.App.CreateKioskAsync(routines: ["pre-run-quick", "post-run-quick"]);
        await browser.WithPageAsync(async page =>
        {
            var kiosk = await OpenPausedAsync(page, token);
            await kiosk.Tile("What's sore?").ClickAsync();
            await Expect(kiosk.WhatsSore).ToBeVisibleAsync();
            await Expect(kiosk.Attract).ToBeHiddenAsync();
            await AssertKioskScreenAsync(kiosk);

            await kiosk.SoreLabel("Calves").TapAsync();
            await kiosk.SoreLabel("Hamstrings").TapAsync();
            await Expect(kiosk.Sore("Calves")).ToBeCheckedAsync();
            await kiosk.WhatsSore.GetByRole(AriaRole.Button, new() { Name = "After my run" }).ClickAsync();

            await Expect(kiosk.Countdown).ToHaveTextAsync("0:10");
            await Expect(kiosk.WhatsSore).ToBeHiddenAsync();
            await Expect(kiosk.Pictures.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Body map of what this works: .*Calves") })).ToBeVisibleAsync();
            await Expect(kiosk.Pictures.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^(Seated|Lying|Standing)") })).ToBeVisibleAsync();
            var pictogram = await kiosk.Pictures.Locator("svg.pictogram").BoundingBoxAsync();
            Assert.True(pictogram!.Width >= 300, $"The pictogram is {pictogram.Width} px wide on the kiosk: not large.");
            await AssertKioskScreenAsync(kiosk);

            var slug = await page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('mr-kiosk-player')).timeline.routine.slug");
            Assert.Matches("^built-[0-9a-f]{16}$", slug);
            var total = await page.EvaluateAsync<int>("() => JSON.parse(sessionStorage.getItem('mr-kiosk-player')).timeline.totalSeconds");
            await page.Clock.RunForAsync((total + 1) * 1000);
            await Expect(kiosk.EndScreen).ToBeVisibleAsync();
            await kiosk.Feel(2).ClickAsync();
            await kiosk.Done.ClickAsync();

            await Expect(kiosk.Attract).ToBeVisibleAsync();
            Assert.Equal(0, await kiosk.StoredItemsAsync());
            var log = Assert.Single(await WaitForLogsAsync(kioskId, 1));
            Assert.Equal((slug, SessionOutcome.Completed, (int?)2, (string?)null, (string?)null), (log.RoutineSlug, log.Outcome, log.Discomfort, log.AccountId, log.DeviceId));

            // The next person starts from a blank map; "Back" forgets what was ticked too.
            await kiosk.Tile("What's sore?").ClickAsync();
            await Expect(kiosk.Sore("Calves")).Not.ToBeCheckedAsync();
            await kiosk.SoreLabel("Shins").TapAsync();
            await kiosk.WhatsSore.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
            await Expect(kiosk.Attract).ToBeVisibleAsync();
            await kiosk.Tile("What's sore?").ClickAsync();
            await Expect(kiosk.Sore("Shins")).Not.ToBeCheckedAsync();
        }, Screen(width, height));
    }

    [BrowserTheory]
    [InlineData(1920, 1080)]
    [InlineData(800, 1280)]
    public async Task On_a_move_done_on_each_side_the_kiosk_player_keeps_its_big_screen(int width, int height)
    {
        var (_, token) = await browser.App.CreateKioskAsync(routines: ["post-run-quick"]);
        await browser.WithPageAsync(async page =>
        {
            var kiosk = await OpenPausedAsync(page, token);
            await kiosk.Tile("5-minute post-run").ClickAsync();
            await page.Clock.RunForAsync(10_000);
            await Expect(kiosk.Side).ToHaveTextAsync("Left side");
            await AssertKioskScreenAsync(kiosk);

            // The phone's player folds the site away; the kiosk has no site around it, and no vibration switch.
            await Expect(page.Locator("html")).Not.ToHaveClassAsync(new Regex("playing"));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vibration" })).ToHaveCountAsync(0);
            foreach (var part in new[] { kiosk.Countdown, kiosk.MoveName, kiosk.Side, kiosk.Pause, kiosk.Skip, kiosk.Back, kiosk.StopForPain })
            {
                var box = (await part.BoundingBoxAsync())!;
                Assert.True(box.Y + box.Height <= height && box.X + box.Width <= width, $"{await part.TextContentAsync()} is outside {width}x{height}.");
            }
        }, Screen(width, height));
    }

    [BrowserFact]
    public async Task Left_on_whats_sore_the_kiosk_asks_if_anyone_is_still_there_then_forgets_the_spots()
    {
        var (_, token) = await browser.App.CreateKioskAsync();
        await browser.WithPageAsync(async page =>
        {
            var kiosk = await OpenPausedAsync(page, token);
            await kiosk.Tile("What's sore?").ClickAsync();
            await kiosk.SoreLabel("Glutes").TapAsync();

            await page.Clock.RunForAsync(91_000);
            await Expect(kiosk.StillThere).ToBeVisibleAsync();
            await page.Clock.RunForAsync(10_000);

            await Expect(kiosk.Attract).ToBeVisibleAsync();
            await Expect(kiosk.WhatsSore).ToBeHiddenAsync();
            await kiosk.Tile("What's sore?").ClickAsync();
            await Expect(kiosk.Sore("Glutes")).Not.ToBeCheckedAsync();
        }, Screen(1920, 1080));
    }

    [BrowserFact]
    public async Task A_walk_up_user_switches_language_with_one_tap_and_left_alone_the_kiosk_returns_to_its_own()
    {
        var (_, token) = await browser.App.CreateKioskAsync(language: "de");
        await browser.WithPageAsync(async page =>
        {
            await OpenPausedAsync(page, token);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
            var languages = page.GetByRole(AriaRole.Form, new() { Name = "Sprache" });
            await Expect(languages.GetByRole(AriaRole.Button, new() { Name = "Deutsch" })).ToHaveAttributeAsync("aria-pressed", "true");

            await languages.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "¿Te duele algo?" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Idioma" }).GetByRole(AriaRole.Button, new() { Name = "Español" }))
                .ToHaveAttributeAsync("aria-pressed", "true");
            await page.ScanWithPausedClockAsync();

            // Left alone in Spanish: the question in Spanish, ten seconds, and back to the kiosk's German.
            await page.Clock.RunForAsync(91_000);
            await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "¿Sigues ahí?" })).ToBeVisibleAsync();
            await page.Clock.RunForAsync(10_000);

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
            await Expect(page).ToHaveURLAsync(new Regex($"/kiosk/{token}$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tut dir etwas weh?" })).ToBeVisibleAsync();
        }, Screen(1920, 1080));
    }

    [BrowserFact]
    public async Task Left_alone_the_kiosk_asks_if_anyone_is_still_there_then_clears_every_trace()
    {
        var (kioskId, token) = await browser.App.CreateKioskAsync();
        await browser.WithPageAsync(async page =>
        {
            var kiosk = await OpenPausedAsync(page, token);
            await kiosk.Tile("5-minute post-run").ClickAsync();
            await kiosk.Pause.ClickAsync();

            // Paused and left: after 90 s without a touch, the question; a touch keeps the session.
            await page.Clock.RunForAsync(91_000);
            await Expect(kiosk.StillThere).ToBeVisibleAsync();
            await page.ScanWithPausedClockAsync();
            await kiosk.StillThere.GetByRole(AriaRole.Button, new() { Name = "I'm still here" }).ClickAsync();
            await Expect(kiosk.StillThere).ToBeHiddenAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeVisibleAsync();

            // Left for good: the question, ten seconds, and back to the start with nothing kept.
            await page.Clock.RunForAsync(91_000);
            await Expect(kiosk.StillThere).ToContainTextAsync("Going back to the start in 10 seconds");
            await page.Clock.RunForAsync(5_000);
            await Expect(kiosk.StillThere).ToContainTextAsync("in 5 seconds");
            await page.Clock.RunForAsync(5_000);

            await Expect(kiosk.Attract).ToBeVisibleAsync();
            await Expect(kiosk.StillThere).ToBeHiddenAsync();
            Assert.Equal(0, await kiosk.StoredItemsAsync());
            var log = Assert.Single(await WaitForLogsAsync(kioskId, 1));
            Assert.Equal((SessionOutcome.Stopped, (int?)null), (log.Outcome, log.Discomfort));
        }, Screen(800, 1280));
    }

    [BrowserFact]
    public async Task Offline_the_kiosk_plays_on_keeps_the_logs_and_sends_each_exactly_once_when_back()
    {
        var (kioskId, token) = await browser.App.CreateKioskAsync();
        await browser.WithPageAsync(async page =>
        {
            var kiosk = await OpenPausedAsync(page, token);
            await Expect(page.Locator("html[data-offline-ready]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            Assert.True(await page.EvaluateAsync<bool>(
                "async () => !!(await caches.match(location.href)) && !!(await caches.match('/api/routines/post-run-quick/timeline?warmup=timed&lang=en'))"),
                "The service worker did not keep the kiosk page and its timelines.");

            await page.Context.SetOfflineAsync(true);
            await Expect(kiosk.Banner).ToHaveTextAsync("Offline: 0 logs waiting to be sent");
            // Played just to the end: left on the end screen longer, the kiosk would reset by itself.
            foreach (var (routine, seconds) in new[] { ("Midday movement break", 120), ("5-minute post-run", 305) })
            {
                await kiosk.Tile(routine).ClickAsync();
                await page.Clock.RunForAsync(seconds * 1000 + 1000);
                await Expect(kiosk.EndScreen).ToBeVisibleAsync();
                await kiosk.Done.ClickAsync();
                await Expect(kiosk.Attract).ToBeVisibleAsync();
            }
            await Expect(kiosk.Banner).ToHaveTextAsync("Offline: 2 logs waiting to be sent");
            Assert.Empty(await LogsOfAsync(kioskId));

            // Reloaded while offline, the page comes from the service worker, logs still waiting.
            await page.ReloadAsync();
            await Expect(kiosk.Tile("Midday movement break")).ToBeVisibleAsync();
            await Expect(kiosk.Banner).ToHaveTextAsync("Offline: 2 logs waiting to be sent");

            // Back online: sent on the online event, or at the latest on the next retry 15 s on.
            await page.Context.SetOfflineAsync(false);
            await page.Clock.RunForAsync(15_000);
            await Expect(kiosk.Banner).ToBeHiddenAsync();
            var logs = await WaitForLogsAsync(kioskId, 2);
            Assert.Equal(["5-minute post-run", "Midday movement break"], logs.Select(l => l.RoutineName).Order());
        }, Screen(1920, 1080));
        Assert.Equal(2, (await LogsOfAsync(kioskId)).Count);
    }

    [BrowserFact]
    public async Task A_revoked_kiosk_says_so_and_offers_nothing_else()
    {
        var (_, token) = await browser.App.CreateKioskAsync(revoked: true);
        await browser.WithPageAsync(async page =>
        {
            var response = await page.GotoAsync($"/kiosk/{token}");

            Assert.Equal(410, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This kiosk is disabled");
            await Expect(page.Locator("a, button")).ToHaveCountAsync(0);
            await page.AssertNoAxeViolationsAsync();
        });
    }
}
