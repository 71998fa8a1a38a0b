using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class LibraryBrowsingTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task A_runner_goes_from_the_home_page_to_a_routine_and_on_to_a_move() => browser.WithPageAsync(async page =>
    {
        var home = await HomePage.OpenAsync(page);
        await Expect(home.Heading).ToHaveTextAsync("Self-massage for runners, one short routine at a time");
        await Expect(home.SafetyNote).ToContainTextAsync("Sharp pain, numbness or tingling");
        await page.AssertNoAxeViolationsAsync();

        await home.QuickStarts.GetByRole(AriaRole.Link, new() { Name = "After a run" }).ClickAsync();
        var routine = new RoutinePage(page);
        await Expect(routine.Heading).ToHaveTextAsync("5-minute post-run");
        await Expect(routine.Start).ToHaveAttributeAsync("href", "/play/post-run-quick");
        await Expect(routine.Steps.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        await page.AssertNoAxeViolationsAsync();

        await routine.Steps.GetByRole(AriaRole.Link, new() { Name = "Shin grip with ankle circles" }).ClickAsync();
        var move = new MovePage(page);
        await Expect(move.Heading).ToHaveTextAsync("Shin grip with ankle circles");
        await Expect(move.Instructions.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(move.Cautions).ToContainTextAsync("never hard on the bone itself");
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task A_pre_run_routine_asks_for_the_warm_up_first() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/routines/pre-run-full");
        var routine = new RoutinePage(page);

        await Expect(routine.WarmUp).ToContainTextAsync("at least 10 minutes");
        await Expect(routine.Steps.GetByRole(AriaRole.Heading, new() { Level = 3 }))
            .ToHaveTextAsync(["Low back and hips release", "IT band and quads roll", "Glutes and hip rotators"]);
    });

    [BrowserFact]
    public Task The_routine_filter_works_from_its_labelled_controls() => browser.WithPageAsync(async page =>
    {
        var routines = await RoutinesPage.OpenAsync(page);
        await Expect(routines.Count).ToHaveTextAsync("5 routines");

        await routines.When.SelectOptionAsync(new SelectOptionValue { Label = "Post-run" });
        await routines.Tool.SelectOptionAsync(new SelectOptionValue { Label = "Massage ball" });
        await routines.ShowAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/routines\?phase=post-run&tool=ball&region=$"));
        await Expect(routines.Count).ToHaveTextAsync("2 routines");
        await Expect(routines.RoutineLinks).ToHaveTextAsync(["5-minute post-run", "Full post-run routine"]);
        await Expect(routines.When).ToHaveValueAsync("post-run");
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task The_move_list_and_the_not_found_page_pass_an_accessibility_scan() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/moves");
        await Expect(new RoutinesPage(page).Heading).ToHaveTextAsync("Moves");
        await page.AssertNoAxeViolationsAsync();

        var response = await page.GotoAsync("/routines/retired-routine");
        Assert.Equal(404, response!.Status);
        await Expect(new RoutinesPage(page).Heading).ToHaveTextAsync("We can't find that page");
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task Keyboard_users_can_skip_straight_to_the_content() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/routines");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    });
}
