using System.Text.Json;
using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Browser.Tests;

/// <summary>A runner on a phone builds a routine, plays it under the fake clock, logs it, and plays it again from their history.</summary>
[Collection(BrowserCollection.Name)]
public class BuildTests(BrowserFixture browser)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true };

    private static async Task<int> TotalSecondsAsync(IPage page, string slug)
    {
        var response = await page.APIRequest.GetAsync($"/api/routines/{slug}/timeline");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("totalSeconds").GetInt32();
    }

    [BrowserFact]
    public Task A_runner_builds_plays_logs_and_replays_a_routine_from_their_history() => browser.WithPageAsync(async page =>
    {
        await page.GotoPausedAsync("/", browser.App.Clock);
        await page.GetByRole(AriaRole.Link, new() { Name = "Build my routine" }).ClickAsync();
        var build = new BuildPage(page);
        await Expect(build.Heading).ToHaveTextAsync("Build my routine");
        await Expect(build.Minutes).ToHaveValueAsync("8");
        await page.ScanWithPausedClockAsync();

        await build.When("After a run").CheckAsync();
        await build.Minutes.FillAsync("5");
        await build.Tool("Foam roller").CheckAsync();
        await page.GetByText("Calves", new() { Exact = true }).TapAsync();
        await Expect(build.Sore("Calves")).ToBeCheckedAsync();
        await build.Build.ClickAsync();

        await Expect(build.Routine).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/build\?phase=post-run&minutes=5&tools=foam-roller&sore=calves$"));
        var steps = await build.Steps.GetByRole(AriaRole.Listitem).CountAsync();
        Assert.True(steps > 0);
        await Expect(build.Whys).ToHaveCountAsync(steps);
        await Expect(build.Whys.Filter(new() { HasText = "Sore spots on the calves" }).First).ToBeVisibleAsync();
        await Expect(build.Steps.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Body map of what this works: ") })).ToHaveCountAsync(steps);
        await page.ScanWithPausedClockAsync();

        await build.Start.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/play/built-[0-9a-f]{16}$"));
        var slug = page.Url.Split('/').Last();
        var player = new PlayerPage(page);
        await player.StartAsync();
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        // Beside the move, its pictures: how to lie, with what, and where it works.
        var pictures = page.Locator("#now-pictures");
        await Expect(pictures.GetByRole(AriaRole.Img, new() { Name = "Seated, with a foam roller" })).ToBeVisibleAsync();
        await Expect(pictures.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Body map of what this works: .*Calves") })).ToBeVisibleAsync();
        await page.ScanWithPausedClockAsync();

        await page.Clock.RunForAsync((await TotalSecondsAsync(page, slug) + 1) * 1000);
        await Expect(player.Done).ToBeVisibleAsync();
        // The end screen's sore spots are the tappable map: a tap, and the keyboard, both tick a region.
        var soreSpots = player.Done.GetByRole(AriaRole.Group, new() { Name = "Sore spots" });
        await soreSpots.GetByText("Hamstrings", new() { Exact = true }).TapAsync();
        await soreSpots.GetByRole(AriaRole.Checkbox, new() { Name = "Shins", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(soreSpots.GetByRole(AriaRole.Checkbox, new() { Name = "Shins", Exact = true })).ToBeCheckedAsync();
        await Expect(soreSpots.GetByRole(AriaRole.Checkbox, new() { Name = "Hamstrings", Exact = true })).ToBeCheckedAsync();
        await page.ScanWithPausedClockAsync();
        // The outbox sends on timers of its own: let the clock run from here on.
        await page.Clock.ResumeAsync();
        await player.SaveAsync(discomfort: 3);
        await Expect(player.SaveStatus).ToHaveTextAsync("Saved");

        var log = Assert.Single(await browser.SessionsOfAsync(page.Context));
        Assert.Equal((slug, 1, SessionOutcome.Completed), (log.RoutineSlug, log.RoutineVersion, log.Outcome));
        Assert.Equal([BodyRegion.Hamstrings, BodyRegion.Shins], log.SoreRegions.Order());

        await page.GotoAsync("/history");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Your post-run routine" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/routines/{slug}$"));
        var routine = new RoutinePage(page);
        await Expect(routine.Steps.Locator(".why")).ToHaveCountAsync(steps);
        await page.AssertNoAxeViolationsAsync();
        await routine.Start.ClickAsync();
        await player.StartAsync();
        await Expect(player.Kind).ToHaveTextAsync("Get into position");
        await page.Clock.RunForAsync(10_000);
        await Expect(player.Kind).ToHaveTextAsync(new Regex("^Massage · "));
    }, Phone);
}
