using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class CoachTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_coach_copies_the_library_edits_a_move_and_a_routine_publishes_and_a_runner_sees_it()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateCoachAsync(email);
        var clubName = $"Harbour Harriers {Guid.NewGuid().ToString()[..4]}";
        string? routineUrl = null;

        await browser.WithPageAsync(async page =>
        {
            var signIn = await SignInPage.OpenAsync(page);
            await page.AssertNoAxeViolationsAsync();
            await signIn.SignInAsync(email, TestAccounts.Password);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Coach" }).ClickAsync();
            var coach = new CoachPages(page);
            await page.AssertNoAxeViolationsAsync();
            await coach.Field("Library name").FillAsync(clubName);
            await page.GetByRole(AriaRole.Radio, new() { Name = "A copy of the MassageRoutines library" }).CheckAsync();
            await coach.Button("Create library").ClickAsync();
            await Expect(coach.Heading).ToHaveTextAsync(clubName);
            await page.AssertNoAxeViolationsAsync();

            // The move: a new name, and published.
            await page.GetByRole(AriaRole.Link, new() { Name = "Shin grip with ankle circles" }).ClickAsync();
            await Expect(coach.Heading).ToHaveTextAsync("Edit Shin grip with ankle circles");
            await page.AssertNoAxeViolationsAsync();
            await coach.Field("Name").FillAsync("Shin grip, club style");
            await coach.Field("Status").SelectOptionAsync(new SelectOptionValue { Label = "Published" });
            await coach.Button("Preview").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview: Shin grip, club style" })).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();
            await coach.Button("Save").ClickAsync();
            await Expect(coach.Status).ToHaveTextAsync("Saved Shin grip, club style.");

            // The routine: shin grip first, then publish.
            await page.GetByRole(AriaRole.Link, new() { Name = clubName }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "5-minute post-run" }).ClickAsync();
            await Expect(coach.Heading).ToHaveTextAsync("Edit 5-minute post-run");
            await page.AssertNoAxeViolationsAsync();
            await coach.Item("Shin grip, club style").GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
            await Expect(page.Locator(".items h3")).ToHaveTextAsync(["Shin grip, club style", "Broad strokes for the legs", "Glutes, hips and adductors on a ball"]);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "What the engine says" })).ToContainTextAsync("comes before Broad strokes for the legs");
            await coach.Field("Name").FillAsync("Club cool-down");
            await coach.Button("Publish").ClickAsync();
            await Expect(coach.Status).ToContainTextAsync("Published version 1 of Club cool-down");
            routineUrl = await page.GetByRole(AriaRole.Link, new() { Name = "see it as runners do" }).GetAttributeAsync("href");
        });

        await browser.WithPageAsync(async page =>
        {
            await page.GotoAsync("/routines?phase=post-run");
            await page.GetByRole(AriaRole.Link, new() { Name = "Club cool-down" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(routineUrl!) + "$"));
            var steps = new RoutinePage(page).Steps;
            await Expect(steps.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(["Shin grip, club style", "Broad strokes for the legs", "Glutes, hips and adductors on a ball"]);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Good to know" })).ToContainTextAsync("comes before Broad strokes");
            await Expect(page.GetByText(clubName)).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateUserAsync(email);

        await browser.WithPageAsync(async page =>
        {
            var signIn = await SignInPage.OpenAsync(page);
            for (var i = 1; i <= 4; i++)
            {
                await signIn.SignInAsync(email, $"not the password, try {i}");
                await Expect(signIn.Alert).ToHaveTextAsync("That email and password do not match an account.");
            }
            await signIn.SignInAsync(email, "not the password, try 5");
            await Expect(signIn.Alert).ToContainTextAsync("this account is locked for 15 minutes");
            await page.AssertNoAxeViolationsAsync();

            // Even the right password is refused now.
            await signIn.SignInAsync(email, TestAccounts.Password);

            await Expect(signIn.Alert).ToContainTextAsync("this account is locked for 15 minutes");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        });
    }

    [BrowserFact]
    public Task The_register_page_passes_an_accessibility_scan_and_explains_errors() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/account/register");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Email").FillAsync($"new-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("too short");
        await page.GetByLabel("Confirm password").FillAsync("too short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        var password = page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAccessibleDescriptionAsync(new Regex("Use at least 12 characters"));
        await page.AssertNoAxeViolationsAsync();
    });
}
