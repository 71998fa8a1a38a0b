using System.Net;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Tests.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Pages.Account;

public class AccountTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    private static KeyValuePair<string, string>[] Registration(string email, string password = TestAccounts.Password, string? confirm = null) =>
        [new("Form.Email", email), new("Form.Password", password), new("Form.ConfirmPassword", confirm ?? password)];

    [Fact]
    public async Task The_forms_use_the_labels_email_password_and_confirm_password()
    {
        var client = app.CreateClient();

        var register = await client.GetDocumentAsync("/account/register");
        var signIn = await client.GetDocumentAsync("/account/sign-in");

        Assert.Equal(["Email", "Password", "Confirm password"], register.QuerySelectorAll("form label[for]").Select(l => l.TextContent));
        Assert.Equal(["Email", "Password"], signIn.QuerySelectorAll("form label[for]").Select(l => l.TextContent));
        Assert.Equal("Register", register.Text("form button[type=submit]"));
        Assert.Equal("Sign in", signIn.Text("form button[type=submit]"));
        Assert.Equal(["Sign in", "Register"], signIn.QuerySelectorAll(".account a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Registering_makes_a_runner_who_is_signed_in_and_shown_in_the_header()
    {
        var client = app.CreateClient();
        var email = NewEmail();

        var response = await client.PostFormAsync("/account/register", Registration(email));
        var home = await response.ToDocumentAsync();

        Assert.Equal([email, "Sign out"], home.QuerySelectorAll(".account a").Select(a => a.TextContent));
        var roles = await RolesOfAsync(email);
        Assert.Equal([AccountsSetup.RunnerRole], roles);
    }

    public static TheoryData<string, string, string?, string> BadRegistrations => new()
    {
        { "Form.Email", "", null, "Enter your email address." },
        { "Form.Email", "not-an-email", null, "Enter an email address like name@example.com." },
        { "Form.Password", "short pass", null, "Use at least 12 characters" },
        { "Form.ConfirmPassword", TestAccounts.Password, "something else entirely", "The two passwords are not the same." },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_says_what_is_wrong_next_to_the_field_and_makes_no_account(string field, string value, string? confirm, string message)
    {
        var email = field == "Form.Email" ? value : NewEmail();
        var password = field == "Form.Password" ? value : TestAccounts.Password;

        var page = await (await app.CreateClient().PostFormAsync("/account/register", Registration(email, password, confirm ?? password))).ToDocumentAsync();

        Assert.Contains(message, page.FieldError(field));
        Assert.Equal("true", page.QuerySelector($"[name='{field}']")!.GetAttribute("aria-invalid"));
        Assert.Empty(await RolesOfAsync(email));
    }

    /// <summary>
    /// Without mail the page cannot answer the same for a taken address (a new one is signed in at once),
    /// so it says so; with mail it answers the same (AccountRecoveryTests).
    /// </summary>
    [Fact]
    public async Task Without_mail_registering_an_email_twice_is_refused()
    {
        var email = NewEmail();
        await app.CreateClient().PostFormAsync("/account/register", Registration(email));

        var page = await (await app.CreateClient().PostFormAsync("/account/register", Registration(email))).ToDocumentAsync();

        Assert.Contains("is already taken", page.FieldError("Form.Email"));
    }

    [Fact]
    public async Task Signing_in_issues_a_fresh_http_only_same_site_cookie_and_signing_out_ends_the_session()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = app.NoRedirects();

        var signIn = await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)]);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mr_auth="));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var signOut = await client.PostFormAsync("/account/sign-out", []);
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_auth=;"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);

        var page = await (await app.CreateClient().PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", "wrong password, clearly")])).ToDocumentAsync();

        Assert.Equal(["That email and password do not match an account."], page.Summary());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", $"wrong password {i}")]);
        }

        var page = await (await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)])).ToDocumentAsync();

        Assert.Contains("locked for 15 minutes", page.Summary().Single());
        Assert.Equal(HttpStatusCode.Redirect, (await app.NoRedirects().GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        await using var limited = new AppFactory { SignInAttemptsPerMinute = 3 };
        var client = limited.CreateClient();
        var token = await client.TokenFromAsync("/account/sign-in");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
                [new("Form.Email", "nobody@example.com"), new("Form.Password", "not the password"), new(Forms.TokenField, token)]));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(TimeSpan.FromSeconds(60), last!.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_takes_over_the_sessions_logged_anonymously_on_that_browser()
    {
        var email = NewEmail();
        var userId = await app.CreateUserAsync(email);
        var client = await app.RunnerClientAsync();
        var log = await SessionRequests.CompletedAsync(client);
        await client.PostSessionAsync(log);

        await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)]);

        var id = log["id"]!.GetValue<Guid>();
        Assert.Equal(userId, await app.WithDbAsync(db => db.SessionLogs.Where(l => l.Id == id).Select(l => l.AccountId).SingleAsync()));
        var history = await client.GetDocumentAsync("/history");
        Assert.Single(history.QuerySelectorAll("#sessions-title ~ .table-scroll tbody tr"));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);

        var wrong = await (await client.PostFormAsync("/account/password", [new("Form.CurrentPassword", "not my password"), new("Form.NewPassword", "a brand new password"), new("Form.ConfirmNewPassword", "a brand new password")])).ToDocumentAsync();
        var right = await (await client.PostFormAsync("/account/password", [new("Form.CurrentPassword", TestAccounts.Password), new("Form.NewPassword", "a brand new password"), new("Form.ConfirmNewPassword", "a brand new password")])).ToDocumentAsync();

        Assert.Equal("Incorrect password.", wrong.FieldError("Form.CurrentPassword"));
        Assert.Equal("Your password is changed.", right.Text("[role=status]"));
    }

    [Fact]
    public async Task The_create_coach_command_makes_a_coach_and_promotes_an_existing_account()
    {
        var fresh = NewEmail();
        var existing = NewEmail();
        await app.CreateUserAsync(existing);

        var made = await CreateCoachCommand.RunAsync(app.Services, ["create-coach", "--email", fresh, "--password", "the first coach's password"]);
        var promoted = await CreateCoachCommand.RunAsync(app.Services, ["create-coach", "--email", existing]);
        var tooShort = await CreateCoachCommand.RunAsync(app.Services, ["create-coach", "--email", NewEmail(), "--password", "short"]);

        Assert.Equal((0, 0, 1), (made, promoted, tooShort));
        Assert.Contains(AccountsSetup.CoachRole, await RolesOfAsync(fresh));
        Assert.Contains(AccountsSetup.CoachRole, await RolesOfAsync(existing));
    }

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.FindByEmailAsync(email) is { } user ? await users.GetRolesAsync(user) : [];
    }
}
