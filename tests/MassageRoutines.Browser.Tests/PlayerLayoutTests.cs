using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// The player in the hand (issue 19): while a routine plays the page is the player, and on a small phone
/// upright or on its side everything a runner needs while a move runs is on screen without scrolling,
/// each control at least 48 px. Also its one "Next" line, its vibration, and the page's weight on the wire.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlayerLayoutTests(BrowserFixture browser)
{
    private const int SmallestTarget = 48;

    private static BrowserNewContextOptions Phone(int width, int height) =>
        new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = true, HasTouch = true };

    private async Task<PlayerPage> OpenPausedAsync(IPage page, string slug)
    {
        await page.GotoPausedAsync($"/play/{slug}", browser.App.Clock);
        return new PlayerPage(page);
    }

    /// <summary>Each is shown whole inside the viewport, with the page not scrolled.</summary>
    internal static async Task AssertOnScreenAsync(IPage page, string when, params (string Name, ILocator Locator)[] parts)
    {
        Assert.Equal(0, await page.EvaluateAsync<double>("() => scrollY"));
        var viewport = page.ViewportSize!;
        foreach (var (name, locator) in parts)
        {
            await Expect(locator).ToBeVisibleAsync();
            var box = await locator.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{name} has no box {when}.");
            var inside = box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width + 0.5 && box.Y + box.Height <= viewport.Height + 0.5;
            Assert.True(inside, $"{name} is at {box.X:0},{box.Y:0} {box.Width:0}x{box.Height:0}, not inside {viewport.Width}x{viewport.Height} {when}.");
        }
    }

    /// <summary>Each is a touch target at least 48 by 48 CSS px.</summary>
    internal static async Task AssertBigEnoughAsync(string when, params (string Name, ILocator Locator)[] targets)
    {
        foreach (var (name, locator) in targets)
        {
            var box = (await locator.BoundingBoxAsync())!;
            Assert.True(box.Width >= SmallestTarget && box.Height >= SmallestTarget,
                $"{name} is {box.Width:0}x{box.Height:0} {when}: smaller than {SmallestTarget}x{SmallestTarget}.");
        }
    }

    private static (string, ILocator)[] Controls(PlayerPage player) =>
    [
        ("Pause", player.Pause), ("Skip", player.Skip), ("Back", player.Back), ("Stop for pain", player.StopForPain), ("the way back", player.WayBack),
    ];

    [BrowserTheory]
    [InlineData(360, 640)]
    [InlineData(640, 360)]
    [InlineData(390, 844)]
    public Task While_a_move_runs_the_countdown_the_move_its_pictures_and_every_control_are_on_screen(int width, int height) => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        await Expect(player.Pictures).ToHaveCountAsync(2);
        (string, ILocator)[] now = [("the countdown", player.Countdown), ("the move's name", player.MoveName), ("the side", player.Side),
            ("the pictogram", player.Pictures.First), ("the body map", player.Pictures.Last)];
        await AssertOnScreenAsync(page, "at the start", [.. now, .. Controls(player)]);
        await AssertBigEnoughAsync("at the start", Controls(player));

        // The first move is done on each side: its left side is playing.
        await page.Clock.RunForAsync(10_000);
        await Expect(player.Kind).ToHaveTextAsync("Massage · moderate pressure");
        await Expect(player.Side).ToHaveTextAsync("Left side");
        await AssertOnScreenAsync(page, "on a move done on each side", [.. now, .. Controls(player)]);
        await AssertBigEnoughAsync("on a move done on each side", Controls(player));
    }, Phone(width, height));

    [BrowserTheory]
    [InlineData(360, 640)]
    [InlineData(640, 360)]
    [InlineData(390, 844)]
    public Task At_the_warm_up_check_its_button_and_the_controls_are_on_screen(int width, int height) => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "pre-run-quick");
        await player.StartAsync();
        await Expect(player.MoveName).ToHaveTextAsync("Warm up first");
        (string, ILocator)[] targets = [("I've warmed up", player.WarmedUp), .. Controls(player)];
        await AssertOnScreenAsync(page, "at the warm-up check", [("the heading", player.MoveName), .. targets]);
        await AssertBigEnoughAsync("at the warm-up check", targets);
    }, Phone(width, height));

    [BrowserFact]
    public Task While_a_routine_plays_the_site_folds_away_and_Escape_pauses_and_offers_the_way_back() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await Expect(player.SiteNavigation).ToBeVisibleAsync();
        await Expect(player.SiteFooter).ToBeVisibleAsync();

        await player.StartAsync();
        await Expect(player.SiteNavigation).ToBeHiddenAsync();
        await Expect(player.SiteFooter).ToBeHiddenAsync();
        await Expect(player.WayBack).ToHaveTextAsync("5-minute post-run");
        // A screen reader still finds the page's landmarks and headings: main, the way back, the routine, the move.
        await Expect(player.Main).ToHaveCountAsync(1);
        await Expect(player.Heading).ToHaveTextAsync("5-minute post-run");
        await Expect(player.MoveName).ToHaveTextAsync("Broad strokes for the legs");
        await page.ScanWithPausedClockAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(player.Resume).ToBeVisibleAsync();
        await Expect(player.WayBack).ToBeFocusedAsync();
        await page.Clock.RunForAsync(30_000);
        await Expect(player.Kind).ToHaveTextAsync("Get into position");

        // Escape again leaves it paused; Enter on the focused link goes back to the routine's page.
        await page.Keyboard.PressAsync("Escape");
        await Expect(player.Resume).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/routines/post-run-quick$"));
        await Expect(player.SiteNavigation).ToBeVisibleAsync();

        // Coming back, the routine is where it was, still the player.
        await page.GoBackAsync();
        await Expect(player.Resume).ToBeVisibleAsync();
        await Expect(player.SiteNavigation).ToBeHiddenAsync();

        await player.Resume.ClickAsync();
        await page.Clock.RunForAsync(30 * 60_000);
        await Expect(player.Done).ToBeVisibleAsync();
        await Expect(player.SiteNavigation).ToBeVisibleAsync();
        await Expect(player.SiteFooter).ToBeVisibleAsync();
    });

    [BrowserFact]
    public Task One_line_tells_what_comes_next() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "pre-run-quick");
        await player.StartAsync();
        await player.WarmedUp.ClickAsync();
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        await Expect(player.NextLines).ToHaveTextAsync(["Next: Low back and hips release"]);
        await Expect(player.Cue).ToHaveTextAsync("Lying on your back.");

        await page.Clock.RunForAsync(10_000);
        await Expect(player.Kind).ToHaveTextAsync("Massage · gentle pressure");
        await Expect(player.NextLines).ToHaveCountAsync(1);
    });

    private const string RecordVibrations = """
        window.vibrations = [];
        Navigator.prototype.vibrate = function (pattern) { window.vibrations.push(pattern); return true; };
        """;

    private static Task<int> VibrationsAsync(IPage page) => page.EvaluateAsync<int>("() => window.vibrations.length");

    /// <summary>Lets the fake clock run a second at a time until the text changes; returns the vibrations in the second it did.</summary>
    private static async Task<int> VibrationsWhenChangedAsync(IPage page, ILocator text)
    {
        var before = await text.TextContentAsync();
        for (var second = 0; second < 600; second++)
        {
            var vibrations = await VibrationsAsync(page);
            await page.Clock.RunForAsync(1_000);
            if (await text.TextContentAsync() != before)
            {
                return await VibrationsAsync(page) - vibrations;
            }
        }
        throw new Xunit.Sdk.XunitException($"{before} never changed.");
    }

    [BrowserFact]
    public Task The_phone_vibrates_at_each_change_of_move_or_side_until_the_runner_turns_it_off() => browser.WithPageAsync(async page =>
    {
        await page.AddInitScriptAsync(RecordVibrations);
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await Expect(player.Vibration).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Clock.RunForAsync(10_000);
        await Expect(player.Side).ToHaveTextAsync("Left side");

        Assert.Equal(1, await VibrationsWhenChangedAsync(page, player.Side));
        await Expect(player.Side).ToHaveTextAsync("Right side");
        Assert.Equal(1, await VibrationsWhenChangedAsync(page, player.MoveName));

        await player.Vibration.ClickAsync();
        await Expect(player.Vibration).ToHaveAttributeAsync("aria-pressed", "false");
        // Kept on this device like the voice's setting: a reload still has it off.
        await page.ReloadAsync();
        await Expect(player.Vibration).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(player.Voice).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(0, await VibrationsWhenChangedAsync(page, player.MoveName));
        Assert.Equal(0, await VibrationsAsync(page));
    });
}
