using AngleSharp.Dom;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Accounts;

/// <summary>With mail set up: registering confirms the address by mail and tells no one who has an account; a forgotten password is reset by mail.</summary>
public class AccountRecoveryTests(MailingApp app) : IClassFixture<MailingApp>
{
    private const string NewPassword = "a brand new long password";

    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    private static KeyValuePair<string, string>[] Registration(string email) =>
        [new("Form.Email", email), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)];

    private async Task<IdentityUser> UserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!;
    }

    private async Task ConfirmAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
    }

    /// <summary>The page's main text, with the address put back to a placeholder, so two answers compare.</summary>
    private static string MainText(IDocument page, string email) => page.Text("main").Replace(email, "ADDRESS");

    /// <summary>Posts the reset link's form as a browser does: the page, then its form with the new password.</summary>
    internal static async Task<IDocument> ResetAsync(HttpClient client, string link, string password = NewPassword)
    {
        var page = await client.GetDocumentAsync(link);
        var fields = page.FieldsOf("main form").With("Form.NewPassword", password).With("Form.ConfirmNewPassword", password);
        return await (await client.PostAsync(link, new FormUrlEncodedContent(fields))).ToDocumentAsync();
    }

    private async Task<bool> SignsInAsync(string email, string password)
    {
        var page = await (await app.CreateClient().PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", password)])).ToDocumentAsync();
        return page.QuerySelectorAll(".account a").Any(a => a.TextContent == email);
    }

    [Fact]
    public async Task Registering_mails_a_link_that_confirms_the_address_and_signs_no_one_in_until_then()
    {
        var email = NewEmail();
        var client = app.CreateClient();

        var page = await (await client.PostFormAsync("/account/register", Registration(email))).ToDocumentAsync();

        Assert.Contains($"We sent a message to {email}", page.Text("[role=status]"));
        Assert.Equal(["Sign in", "Register"], page.QuerySelectorAll(".account a").Select(a => a.TextContent));
        Assert.False((await UserAsync(email)).EmailConfirmed);

        var mail = await app.Mail.NextToAsync(email);
        Assert.Equal("Confirm your email address", mail.Subject);
        var confirmed = await client.GetDocumentAsync(MailingApp.LinkIn(mail));

        Assert.Contains("Your address is confirmed.", confirmed.Text("[role=status]"));
        Assert.True((await UserAsync(email)).EmailConfirmed);
        Assert.True(await SignsInAsync(email, TestAccounts.Password));
    }

    [Fact]
    public async Task A_confirmation_link_with_a_wrong_code_confirms_nothing()
    {
        var email = NewEmail();
        await app.CreateClient().PostFormAsync("/account/register", Registration(email));
        var link = MailingApp.LinkIn(await app.Mail.NextToAsync(email));

        var page = await app.CreateClient().GetDocumentAsync(link[..link.IndexOf("&code=")] + "&code=not-the-code");

        Assert.Contains("This link has expired or is not right.", page.Text("main"));
        Assert.False((await UserAsync(email)).EmailConfirmed);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_the_same_page_and_mails_its_owner_a_notice()
    {
        var taken = NewEmail();
        await app.CreateUserAsync(taken);
        await ConfirmAsync(taken);
        var free = NewEmail();

        var forTaken = await app.CreateClient().PostFormAsync("/account/register", Registration(taken));
        var forFree = await app.CreateClient().PostFormAsync("/account/register", Registration(free));

        Assert.Equal(forFree.StatusCode, forTaken.StatusCode);
        Assert.Equal(MainText(await forFree.ToDocumentAsync(), free), MainText(await forTaken.ToDocumentAsync(), taken));
        Assert.DoesNotContain(forTaken.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("mr_auth="));
        var notice = await app.Mail.NextToAsync(taken);
        Assert.Equal("You already have an account", notice.Subject);
        Assert.EndsWith(AccountRecovery.ForgotPath, MailingApp.LinkIn(notice));
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.NormalizedEmail == taken.ToUpperInvariant()))));
        Assert.True(await SignsInAsync(taken, TestAccounts.Password));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_any_address_and_mails_only_an_account_a_link()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var nobody = NewEmail();

        var forNobody = await (await app.CreateClient().PostFormAsync("/account/forgot-password", [new("Form.Email", nobody)])).ToDocumentAsync();
        var forAccount = await (await app.CreateClient().PostFormAsync("/account/forgot-password", [new("Form.Email", email)])).ToDocumentAsync();

        Assert.Equal(ForgotPasswordModel.Sent, forAccount.Text("[role=status]"));
        Assert.Equal(MainText(forAccount, email), MainText(forNobody, nobody));
        var mail = await app.Mail.NextToAsync(email);
        Assert.Equal("Reset your password", mail.Subject);
        Assert.Contains("/account/reset-password?user=", MailingApp.LinkIn(mail));
        // Letters go out in order: the one to the account is in, so none to the other address was queued.
        Assert.Empty(app.Mail.To(nobody));
    }

    [Fact]
    public async Task A_mailed_reset_link_sets_a_new_password_once()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = app.CreateClient();
        await client.PostFormAsync("/account/forgot-password", [new("Form.Email", email)]);
        var link = MailingApp.LinkIn(await app.Mail.NextToAsync(email));

        var tooShort = await ResetAsync(client, link, "short");
        var done = await ResetAsync(client, link);
        var again = await ResetAsync(client, link, "yet another long password");

        Assert.Contains("Use at least 12 characters", tooShort.FieldError("Form.NewPassword"));
        Assert.Contains("Your password is changed.", done.Text("[role=status]"));
        Assert.Equal([ResetPasswordModel.BadLink], again.Summary());
        Assert.False(await SignsInAsync(email, TestAccounts.Password));
        Assert.True(await SignsInAsync(email, NewPassword));
    }

    [Fact]
    public async Task A_reset_ends_a_lockout()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", $"wrong password {i}")]);
        }
        Assert.False(await SignsInAsync(email, TestAccounts.Password));

        await client.PostFormAsync("/account/forgot-password", [new("Form.Email", email)]);
        await ResetAsync(client, MailingApp.LinkIn(await app.Mail.NextToAsync(email)));

        Assert.True(await SignsInAsync(email, NewPassword));
        Assert.Equal(0, (await UserAsync(email)).AccessFailedCount);
    }

    /// <summary>
    /// Identity's token provider (DataProtectorTokenProvider, .NET 10) takes the system clock, not the
    /// app's TimeProvider: a link checked with the test clock pinned 61 minutes on still worked. So this
    /// checks the lifetime every link is made with, for reset and confirmation alike.
    /// </summary>
    [Fact]
    public void Reset_and_confirmation_links_live_an_hour() =>
        Assert.Equal(TimeSpan.FromHours(1), app.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
}
