using System.Net;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Accounts;

/// <summary>When a sign-in ends: a new password or a deleted account ends the others within a minute, and none outlives 30 days.</summary>
public class SessionEndTests(SessionEndTests.CountingApp app) : IClassFixture<SessionEndTests.CountingApp>
{
    /// <summary>The app, with a password hasher that counts the passwords it checks.</summary>
    public sealed class CountingApp : AppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IPasswordHasher<IdentityUser>>(Hasher));
        }
    }

    public sealed class CountingHasher : PasswordHasher<IdentityUser>
    {
        private int checks;

        public int Checks => checks;

        public override PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    /// <summary>Moves the app's clock on; each test starts from wherever the last one left it.</summary>
    private void Advance(TimeSpan by) => app.Clock.Pin(app.Clock.GetUtcNow() + by);

    private static readonly TimeSpan JustOverAMinute = TimeSpan.FromSeconds(61);

    private static List<KeyValuePair<string, string>> Reminders(string token) =>
    [
        new("Form.Days", "monday"), new("Form.From", "08:30"), new("Form.To", "12:00"), new("Form.IntervalMinutes", "60"),
        new("Form.TimeZoneId", "Europe/London"), new(Forms.TokenField, token),
    ];

    [Fact]
    public async Task Signing_in_with_an_unknown_email_checks_a_password_hash_as_a_known_one_does()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = app.CreateClient();

        var before = app.Hasher.Checks;
        var unknown = await (await client.PostFormAsync("/account/sign-in", [new("Form.Email", NewEmail()), new("Form.Password", "a wrong but long password")])).ToDocumentAsync();
        var afterUnknown = app.Hasher.Checks;
        var known = await (await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", "a wrong but long password")])).ToDocumentAsync();

        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, app.Hasher.Checks - afterUnknown);
        Assert.Equal(["That email and password do not match an account."], unknown.Summary());
        Assert.Equal(unknown.Summary(), known.Summary());
    }

    /// <summary>An account signed in on two browsers, deleted from one; the other has a reminders form open.</summary>
    private sealed record DeletedElsewhere(string UserId, HttpClient Other, string RemindersToken, int RemindersBefore);

    private async Task<DeletedElsewhere> DeleteFromAnotherBrowserAsync()
    {
        var email = NewEmail();
        var userId = await app.CreateUserAsync(email);
        var deleting = await app.SignedInAsync(email);
        var other = await app.SignedInAsync(email, followRedirects: false);
        var token = await other.TokenFromAsync("/account/reminders");
        var remindersBefore = await app.WithDbAsync(db => db.ReminderSettings.CountAsync());

        var deleted = await (await deleting.PostFormAsync("/account/delete", [new("Password", TestAccounts.Password)])).ToDocumentAsync();
        Assert.Equal("Account deleted", deleted.Text("h1"));
        return new(userId, other, token, remindersBefore);
    }

    private async Task AssertRefusedAsync(DeletedElsewhere deleted, HttpResponseMessage write)
    {
        Assert.False(write.IsSuccessStatusCode || write.StatusCode == HttpStatusCode.Redirect, $"The write answered {write.StatusCode}.");
        Assert.False(await app.WithDbAsync(db => db.ReminderSettings.OwnedBy(OwnerKey.Account(deleted.UserId)).AnyAsync()));
        Assert.Equal(deleted.RemindersBefore, await app.WithDbAsync(db => db.ReminderSettings.CountAsync()));
    }

    [Fact]
    public async Task Deleting_the_account_signs_its_other_browser_out_and_refuses_that_browsers_writes()
    {
        var deleted = await DeleteFromAnotherBrowserAsync();
        Advance(JustOverAMinute);

        var write = await deleted.Other.PostAsync("/account/reminders", new FormUrlEncodedContent(Reminders(deleted.RemindersToken)));
        var account = await deleted.Other.GetAsync("/account");

        await AssertRefusedAsync(deleted, write);
        Assert.Contains(write.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_auth=;"));
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", account.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_write_from_the_other_browser_right_after_the_deletion_is_refused()
    {
        var deleted = await DeleteFromAnotherBrowserAsync();

        var write = await deleted.Other.PostAsync("/account/reminders", new FormUrlEncodedContent(Reminders(deleted.RemindersToken)));

        await AssertRefusedAsync(deleted, write);
    }

    [Fact]
    public async Task Within_the_minute_the_account_page_of_a_deleted_account_asks_to_sign_in_rather_than_failing()
    {
        var deleted = await DeleteFromAnotherBrowserAsync();

        var account = await deleted.Other.GetAsync("/account");
        var password = await deleted.Other.GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", account.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_signs_the_other_browsers_out_within_a_minute_and_keeps_this_one()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var changing = await app.SignedInAsync(email, followRedirects: false);
        var other = await app.SignedInAsync(email, followRedirects: false);

        var changed = await changing.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", TestAccounts.Password), new("Form.NewPassword", "a brand new password"), new("Form.ConfirmNewPassword", "a brand new password")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Advance(JustOverAMinute);

        Assert.Equal(HttpStatusCode.OK, (await changing.GetAsync("/account")).StatusCode);
        var signedOut = await other.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", signedOut.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_sign_in_ends_after_30_days_however_often_it_is_used()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        Advance(TimeSpan.Zero);
        var client = await app.SignedInAsync(email, followRedirects: false);

        // Each visit slides the 14-day cookie on, so only the absolute lifetime ends it.
        foreach (var visit in new[] { TimeSpan.FromDays(10), TimeSpan.FromDays(10), TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1) })
        {
            Advance(visit);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }
        Advance(TimeSpan.FromMinutes(2));
        var ended = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", ended.Headers.Location!.ToString());
    }
}
