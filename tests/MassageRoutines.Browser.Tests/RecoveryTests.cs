using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

/// <summary>The browser app with mail set up, sending to its own test mail server.</summary>
public sealed class MailingBrowserFixture() : BrowserFixture(new MailingApp())
{
    public TestMailServer Mail => ((MailingApp)App).Mail;
}

/// <summary>A runner who forgot their password gets back in through the mailed link.</summary>
public class RecoveryTests(MailingBrowserFixture browser) : IClassFixture<MailingBrowserFixture>
{
    [BrowserFact]
    public Task A_runner_who_forgot_the_password_resets_it_by_mail_and_signs_in() => browser.WithPageAsync(async page =>
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await browser.App.CreateUserAsync(email);

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account has that address, a link to reset its password is on its way.");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync(MailingApp.LinkIn(await browser.Mail.NextToAsync(email)));
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("my new long password");
        await page.GetByLabel("Confirm new password").FillAsync("my new long password");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await new SignInPage(page).SignInAsync(email, "my new long password");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();
    });
}
