using MassageRoutines.Browser.Tests.PageObjects;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// The player under Playwright's fake clock: installed before the page loads and paused, so every
/// second passes only when a test says so.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlayerTests(BrowserFixture browser)
{
    private async Task<PlayerPage> OpenPausedAsync(IPage page, string slug)
    {
        await page.GotoPausedAsync($"/play/{slug}", browser.App.Clock);
        return new PlayerPage(page);
    }

    [BrowserFact]
    public Task A_pre_run_routine_plays_from_the_warm_up_check_to_the_end_and_is_saved() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "pre-run-quick");
        await page.ScanWithPausedClockAsync();

        await player.StartAsync();
        await Expect(player.WarmedUp).ToBeVisibleAsync();
        await Expect(player.MoveName).ToHaveTextAsync("Warm up first");
        await Expect(player.Pause).ToBeDisabledAsync();
        await page.ScanWithPausedClockAsync();

        await player.WarmedUp.ClickAsync();
        await Expect(player.MoveName).ToHaveTextAsync("Low back and hips release");
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        await Expect(player.Countdown).ToHaveTextAsync("0:10");
        await Expect(player.Next).ToHaveTextAsync("Next: Low back and hips release");

        await page.Clock.RunForAsync(10_000);
        await Expect(player.Kind).ToHaveTextAsync("Massage · gentle pressure");
        await Expect(player.Countdown).ToHaveTextAsync("1:20");
        await Expect(player.Cue).ToHaveTextAsync("Settle onto the roller and let your hips tilt.");

        await page.Clock.RunForAsync(90_000 + 10_000);
        await Expect(player.MoveName).ToHaveTextAsync("IT band and quads roll");
        await Expect(player.Side).ToHaveTextAsync("Left side");

        await page.Clock.RunForAsync(300_000);
        await Expect(player.Done).ToBeVisibleAsync();
        await Expect(page.Locator("#steps-done")).ToHaveTextAsync("11 of 11");
        await page.Clock.ResumeAsync();
        await page.AssertNoAxeViolationsAsync();

        await player.SaveAsync(discomfort: 2, sore: ["Glutes"], notes: "Hips felt tight at first.");
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved");

        var log = Assert.Single(await browser.SessionsOfAsync(page.Context));
        Assert.Equal(("pre-run-quick", SessionOutcome.Completed, 2), (log.RoutineSlug, log.Outcome, log.Discomfort));
        Assert.Equal(11, log.Segments.Count);
        Assert.DoesNotContain(log.Segments, s => s.Skipped);
        Assert.Equal(300, log.ActiveSeconds);
        Assert.Equal([BodyRegion.Glutes], log.SoreRegions);
        Assert.Equal("Hips felt tight at first.", log.Notes);

        await page.GotoAsync("/history");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "5-minute pre-run" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task Pausing_keeps_the_remaining_time_to_the_millisecond() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await Expect(player.Countdown).ToHaveTextAsync("0:10");

        await page.Clock.RunForAsync(3_500);
        await player.Pause.ClickAsync();
        await Expect(player.Countdown).ToHaveTextAsync("0:07");
        await page.Clock.RunForAsync(120_000);
        await Expect(player.Countdown).ToHaveTextAsync("0:07");
        await Expect(player.Resume).ToBeVisibleAsync();
        await page.ScanWithPausedClockAsync();

        // 6.5 s were left at the pause: the step ends 6.5 s after resuming, not a moment before.
        await player.Resume.ClickAsync();
        await page.Clock.RunForAsync(6_499);
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        await page.Clock.RunForAsync(1);
        await Expect(player.Kind).ToHaveTextAsync("Massage · moderate pressure");
        await Expect(player.Countdown).ToHaveTextAsync("0:45");
    });

    [BrowserFact]
    public Task Skip_and_back_move_between_steps() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();

        await player.Skip.ClickAsync();
        await Expect(player.Kind).ToHaveTextAsync("Massage · moderate pressure");
        await Expect(player.Side).ToHaveTextAsync("Left side");
        await Expect(player.Countdown).ToHaveTextAsync("0:45");

        await player.Skip.ClickAsync();
        await Expect(player.Kind).ToHaveTextAsync("Switch sides");

        await player.Back.ClickAsync();
        await Expect(player.Kind).ToHaveTextAsync("Massage · moderate pressure");
        await Expect(player.Countdown).ToHaveTextAsync("0:45");

        await player.Back.ClickAsync();
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        await Expect(player.Back).ToBeDisabledAsync();
    });

    [BrowserFact]
    public Task The_keyboard_pauses_resumes_skips_and_goes_back() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await Expect(player.Countdown).ToHaveTextAsync("0:10");

        await page.Keyboard.PressAsync("Space");
        await Expect(player.Resume).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(player.Pause).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(player.Kind).ToHaveTextAsync("Massage · moderate pressure");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(player.Kind).ToHaveTextAsync("Get into position");

        // The running player, with time flowing: nothing after this depends on the exact second.
        await page.Clock.ResumeAsync();
        await Expect(player.Pause).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task Stopping_for_pain_and_ending_logs_the_symptom_and_region() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await page.Clock.RunForAsync(10_000 + 20_000);

        await player.StopForPain.ClickAsync();
        await Expect(player.PainDialog).ToBeVisibleAsync();
        await Expect(player.Countdown).ToHaveTextAsync("0:25");
        await page.Clock.RunForAsync(30_000);
        await Expect(player.Countdown).ToHaveTextAsync("0:25");
        await page.ScanWithPausedClockAsync();
        await player.PainDialog.GetByRole(AriaRole.Radio, new() { Name = "Tingling" }).CheckAsync();
        await player.PainDialog.GetByLabel("Where").SelectOptionAsync(new SelectOptionValue { Label = "Shins" });
        await player.PainDialog.GetByRole(AriaRole.Button, new() { Name = "End session" }).ClickAsync();

        await Expect(player.Ended).ToBeVisibleAsync();
        await page.Clock.ResumeAsync();
        await player.SaveAsync(discomfort: 6);
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved");

        var log = Assert.Single(await browser.SessionsOfAsync(page.Context));
        Assert.Equal(SessionOutcome.StoppedForPain, log.Outcome);
        Assert.Equal(new PainEvent(1, Symptom.Tingling, BodyRegion.Shins, PainChoice.EndSession), Assert.Single(log.PainEvents));
        Assert.Equal(new SegmentResult(1, 20, false), log.Segments.Single(s => s.Index == 1));

        // The next visit to a routine that works the shins suggests a day off.
        await page.GotoAsync("/routines/post-run-full");
        var advice = page.GetByRole(AriaRole.Region, new() { Name = "Give it a day off?" });
        await Expect(advice).ToContainTextAsync("Shins: tingling during 5-minute post-run");
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task Continuing_lighter_plays_the_rest_gently_and_logs_the_choice() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await page.Clock.RunForAsync(15_000);

        await player.StopForPainAsync("Sharp pain", "Calves", "Continue lighter");

        await Expect(player.PainDialog).ToBeHiddenAsync();
        await Expect(player.Pause).ToBeVisibleAsync();
        await Expect(player.Kind).ToHaveTextAsync("Massage · gentle pressure");
        await Expect(player.Cue).ToContainTextAsync("Lighter now");
        await page.Clock.RunForAsync(300_000);
        await Expect(player.Done).ToBeVisibleAsync();

        await page.Clock.ResumeAsync();
        await player.SaveAsync();
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved");
        var log = Assert.Single(await browser.SessionsOfAsync(page.Context));
        Assert.Equal(SessionOutcome.Completed, log.Outcome);
        Assert.Equal(new PainEvent(1, Symptom.SharpPain, BodyRegion.Calves, PainChoice.ContinueLighter), Assert.Single(log.PainEvents));
        Assert.Null(log.Discomfort);
    });

    [BrowserFact]
    public Task A_reload_mid_routine_resumes_where_it_was() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "post-run-quick");
        await player.StartAsync();
        await page.Clock.RunForAsync(10_000 + 45_000 + 5_000 + 12_000);
        await Expect(player.Side).ToHaveTextAsync("Right side");
        await Expect(player.Countdown).ToHaveTextAsync("0:33");

        await page.ReloadAsync();

        await Expect(player.Side).ToHaveTextAsync("Right side");
        await Expect(player.MoveName).ToHaveTextAsync("Broad strokes for the legs");
        await Expect(player.Countdown).ToHaveTextAsync("0:33");
        await Expect(player.Pause).ToBeVisibleAsync();
        await page.Clock.RunForAsync(33_000);
        await Expect(player.MoveName).ToHaveTextAsync("Shin grip with ankle circles");
    });

    [BrowserFact]
    public Task A_log_saved_offline_is_sent_once_when_the_browser_is_back_online() => browser.WithPageAsync(async page =>
    {
        var player = await OpenPausedAsync(page, "midday-movement-break");
        await player.StartAsync();
        await page.Clock.RunForAsync(300_000);
        await Expect(player.Done).ToBeVisibleAsync();
        await page.Clock.ResumeAsync();

        await page.Context.SetOfflineAsync(true);
        await player.SaveAsync(discomfort: 1);
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved on this device. It will be sent when you are back online.", new() { Timeout = 15_000 });
        Assert.Empty(await browser.SessionsOfAsync(page.Context));

        // Sent on the online event, or at the latest on the outbox's next retry, 30 s on.
        await page.Context.SetOfflineAsync(false);
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved", new() { Timeout = 40_000 });
        await page.GotoAsync("/routines");
        await page.GotoAsync("/history");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Midday movement break" })).ToHaveCountAsync(1);
        Assert.Single(await browser.SessionsOfAsync(page.Context));
    });
}
