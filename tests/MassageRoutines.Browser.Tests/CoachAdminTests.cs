using System.Text;
using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

/// <summary>The coach's other paths: kiosks, library files and the team; and a runner's account.</summary>
[Collection(BrowserCollection.Name)]
public class CoachAdminTests(BrowserFixture browser)
{
    private async Task<string> SignedInCoachAsync(IPage page)
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateCoachAsync(email);
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, TestAccounts.Password);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();
        return email;
    }

    [BrowserFact]
    public Task A_coach_registers_a_kiosk_opens_it_and_revokes_it() => browser.WithPageAsync(async page =>
    {
        await SignedInCoachAsync(page);
        await page.GotoAsync("/coach/kiosks");
        var coach = new CoachPages(page);
        await coach.Field("Name").FillAsync("Front desk tablet");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Midday movement break" }).CheckAsync();
        await coach.Button("Add kiosk").ClickAsync();
        await Expect(coach.Status).ToContainTextAsync("Added Front desk tablet.");
        await page.AssertNoAxeViolationsAsync();
        var address = await page.GetByRole(AriaRole.Article, new() { Name = "Front desk tablet" }).Locator("code").TextContentAsync();

        var kiosk = await page.Context.NewPageAsync();
        await kiosk.GotoAsync(address!);
        await Expect(kiosk.Locator("[data-routine] .tile-name")).ToHaveTextAsync(["Midday movement break"]);

        await page.GetByRole(AriaRole.Article, new() { Name = "Front desk tablet" }).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(coach.Status).ToContainTextAsync("Revoked Front desk tablet");
        await kiosk.ReloadAsync();
        await Expect(kiosk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This kiosk is disabled");
    });

    [BrowserFact]
    public Task A_coach_exports_a_library_and_imports_files_with_every_problem_named() => browser.WithPageAsync(async page =>
    {
        await SignedInCoachAsync(page);
        var coach = new CoachPages(page);
        await page.GotoAsync("/coach");
        await coach.Field("Library name").FillAsync($"Export me {Guid.NewGuid().ToString()[..4]}");
        await coach.Button("Create library").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export" }).ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"schemaVersion\": 1", exported);

        await page.GotoAsync("/coach");
        await coach.Field("Library name").FillAsync($"Import here {Guid.NewGuid().ToString()[..4]}");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Nothing: an empty library" }).CheckAsync();
        await coach.Button("Create library").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        var file = page.GetByLabel("Library file (JSON, at most 1 MB)");

        // The same library again: every slug is taken on this site, and each clash is named.
        await file.SetInputFilesAsync(new FilePayload { Name = "club.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(exported) });
        await coach.Button("Import").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Problems in the file" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(18);
        await page.AssertNoAxeViolationsAsync();

        // Far too big for the server: refused before the page, with a page that says why.
        await file.SetInputFilesAsync(new FilePayload { Name = "huge.json", MimeType = "application/json", Buffer = new byte[11 * 1024 * 1024] });
        await coach.Button("Import").ClickAsync();
        await Expect(coach.Heading).ToHaveTextAsync("That upload is too large");
    });

    [BrowserFact]
    public Task A_coach_makes_another_account_a_coach() => browser.WithPageAsync(async page =>
    {
        var runner = $"runner-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateUserAsync(runner);
        await SignedInCoachAsync(page);
        await page.GotoAsync("/coach/team");
        var coach = new CoachPages(page);

        await coach.Field("Email").FillAsync(runner);
        await coach.Button("Make coach").ClickAsync();

        await Expect(coach.Status).ToContainTextAsync($"{runner} is now a coach.");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = runner })).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task A_coach_takes_the_coach_role_from_another_account() => browser.WithPageAsync(async page =>
    {
        var other = $"coach-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateCoachAsync(other);
        await SignedInCoachAsync(page);
        await page.GotoAsync("/coach/team");
        var coach = new CoachPages(page);

        await coach.Button($"Take coach role from {other}").ClickAsync();

        await Expect(coach.Status).ToContainTextAsync($"{other} is no longer a coach.");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = other })).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
    });

    [BrowserFact]
    public Task A_runner_registers_changes_the_password_and_signs_in_with_it() => browser.WithPageAsync(async page =>
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("my first long password");
        await page.GetByLabel("Confirm password").FillAsync("my first long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await page.GetByLabel("Current password").FillAsync("my first long password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("my second long password");
        await page.GetByLabel("Confirm new password").FillAsync("my second long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your password is changed.");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, "my second long password");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();
    });
}
