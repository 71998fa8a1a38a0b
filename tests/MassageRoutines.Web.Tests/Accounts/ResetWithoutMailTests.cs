using System.Net;
using AngleSharp.Dom;
using MassageRoutines.Web.Pages.Account;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Accounts;

/// <summary>Without mail (the default): a coach makes a one-time reset link on /coach/team; "forgot your password?" says to ask one.</summary>
public class ResetWithoutMailTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    private static async Task<IDocument> MakeLinkAsync(HttpClient coach, string email) =>
        await (await coach.PostFormAsync("/coach/team", [new("ResetLink.Email", email)], "/coach/team?handler=ResetLink")).ToDocumentAsync();

    [Fact]
    public async Task A_coachs_reset_link_is_shown_once_and_sets_a_new_password_once()
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(coachEmail);
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var coach = await app.SignedInAsync(coachEmail);

        var made = await MakeLinkAsync(coach, email);
        var link = made.Text(".reset-link");
        var later = await coach.GetDocumentAsync("/coach/team");

        Assert.StartsWith("http://localhost/account/reset-password?user=", link);
        Assert.Null(later.QuerySelector(".reset-link"));
        var runner = app.CreateClient();
        Assert.Contains("Your password is changed.", (await AccountRecoveryTests.ResetAsync(runner, link, "the runner's new password")).Text("[role=status]"));
        Assert.Equal([ResetPasswordModel.BadLink], (await AccountRecoveryTests.ResetAsync(runner, link, "and another new password")).Summary());
        var old = await (await app.CreateClient().PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)])).ToDocumentAsync();
        Assert.Equal(["That email and password do not match an account."], old.Summary());
    }

    [Fact]
    public async Task A_reset_link_for_an_address_with_no_account_is_refused_at_the_field()
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(coachEmail);
        var coach = await app.SignedInAsync(coachEmail);

        var page = await MakeLinkAsync(coach, NewEmail());

        Assert.Equal("No account has that email.", page.FieldError("ResetLink.Email"));
        Assert.Null(page.QuerySelector(".reset-link"));
        Assert.Equal("", page.FieldError("Email"));
    }

    [Fact]
    public async Task Without_mail_forgot_password_says_to_ask_a_coach_and_sends_nothing()
    {
        var page = await app.CreateClient().GetDocumentAsync("/account/forgot-password");

        Assert.Contains("Ask a coach for a link to reset your password", page.Text("main"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_sign_in_page_links_to_forgot_password()
    {
        var page = await app.CreateClient().GetDocumentAsync("/account/sign-in");

        Assert.Equal("/account/forgot-password", page.QuerySelectorAll("main a").Single(a => a.TextContent == "Forgot your password?").GetAttribute("href"));
    }

    [Fact]
    public async Task Forgot_password_posts_beyond_the_sign_in_limit_get_429()
    {
        await using var limited = new AppFactory { SignInAttemptsPerMinute = 2 };
        var client = limited.CreateClient();
        var token = await client.TokenFromAsync("/account/sign-in");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsync("/account/forgot-password", new FormUrlEncodedContent([new("Form.Email", "nobody@example.com"), new(Forms.TokenField, token)]));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData("Email:SmtpHost", "smtp.example.com", "Email:From ")]
    [InlineData("Email:SmtpPort", "0", "Email:SmtpPort ")]
    public async Task A_bad_mail_setting_stops_the_app_naming_it(string key, string value, string named)
    {
        await using var bad = new AppFactory { Settings = { [key] = value } };

        var error = Assert.Throws<OptionsValidationException>(() => bad.CreateClient());

        Assert.Contains(named, error.Message);
    }
}
