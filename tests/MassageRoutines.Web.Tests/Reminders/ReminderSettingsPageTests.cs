using System.Net;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Reminders;

public class ReminderSettingsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/account/reminders";

    /// <summary>The form as a runner fills it in; each test picks its own interval, to find its settings by.</summary>
    private static List<KeyValuePair<string, string>> Fields(int interval, params string[] days) =>
    [
        .. days.Select(d => new KeyValuePair<string, string>("Form.Days", d)),
        new("Form.From", "08:30"),
        new("Form.To", "12:00"),
        new("Form.IntervalMinutes", interval.ToString()),
        new("Form.QuietDates", "2026-12-25, 2026-12-26"),
        new("Form.TimeZoneId", "Europe/London"),
    ];

    [Fact]
    public async Task An_anonymous_runner_saves_reminders_under_their_browser_and_sees_them_again()
    {
        var client = app.CreateClient();
        var first = await client.GetDocumentAsync(Page);
        Assert.Contains("Reminders are off", first.Text("#reminder-state"));
        // New settings start from weekdays, 9 to 5, every 30 minutes; the page picks the browser's zone.
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"],
            first.QuerySelectorAll("input[name='Form.Days'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("30", first.QuerySelector("#Form_IntervalMinutes")!.GetAttribute("value"));
        Assert.Equal("true", first.QuerySelector("form[data-reminder-form]")!.GetAttribute("data-browser-zone"));

        var response = await client.PostFormAsync(Page, Fields(45, "monday", "saturday"));

        var page = await response.ToDocumentAsync();
        Assert.Equal("Your reminders are saved.", page.Text(".notice"));
        Assert.Contains("Your next break is due", page.Text("#reminder-state"));
        Assert.Equal(["monday", "saturday"], page.QuerySelectorAll("input[name='Form.Days'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("08:30", page.QuerySelector("#Form_From")!.GetAttribute("value"));
        Assert.Equal("2026-12-25 2026-12-26", page.QuerySelector("#Form_QuietDates")!.TextContent.Trim());
        Assert.Equal("Europe/London", page.QuerySelector("#Form_TimeZoneId option[selected]")!.GetAttribute("value"));
        Assert.Equal("false", page.QuerySelector("form[data-reminder-form]")!.GetAttribute("data-browser-zone"));

        var stored = await app.WithDbAsync(db => db.ReminderSettings.AsNoTracking().SingleAsync(s => s.OwnerKind == OwnerKind.Device && s.IntervalMinutes == 45));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Saturday], stored.Days);
        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)], stored.QuietDates);
    }

    [Fact]
    public async Task Each_unreadable_or_unfit_value_is_named_by_its_field_and_nothing_is_stored()
    {
        var client = app.NoRedirects();
        var before = await app.WithDbAsync(db => db.ReminderSettings.CountAsync());

        var fields = Fields(30, "monday", "funday")
            .With("Form.From", "18:00").With("Form.To", "quarter past")
            .With("Form.QuietDates", "2026-12-25 Christmas").With("Form.TimeZoneId", "Mars/Olympus_Mons");
        var page = await (await client.PostFormAsync(Page, fields)).ToDocumentAsync();

        Assert.Contains("'funday' is not a known day of week", page.FieldError("Form.Days"));
        Assert.Equal("To: 'quarter past' is not a time like 09:00.", page.FieldError("Form.To"));
        Assert.Equal("Quiet dates: 'Christmas' is not a date like 2026-12-25.", page.FieldError("Form.QuietDates"));
        Assert.Equal(3, page.Summary().Length);

        // Readable values are then held to the schedule's rules, by the same fields.
        var unfit = Fields(30, "monday").With("Form.From", "18:00").With("Form.IntervalMinutes", "5").With("Form.TimeZoneId", "Mars/Olympus_Mons");
        page = await (await client.PostFormAsync(Page, unfit)).ToDocumentAsync();
        Assert.Contains("must end after they start", page.FieldError("Form.To"));
        Assert.Contains("Minutes between breaks", page.FieldError("Form.IntervalMinutes"));
        Assert.Contains("'Mars/Olympus_Mons' is not a time zone", page.FieldError("Form.TimeZoneId"));
        Assert.Equal(before, await app.WithDbAsync(db => db.ReminderSettings.CountAsync()));
    }

    [Fact]
    public async Task Turning_reminders_off_forgets_the_settings_and_stops_the_pushes()
    {
        var client = app.CreateClient();
        await client.PostFormAsync(Page, Fields(50, "monday"));
        var runner = (await app.WithDbAsync(db => db.ReminderSettings.Where(s => s.IntervalMinutes == 50).SingleAsync())).Owner;
        await app.WithDbAsync(async db =>
        {
            db.PushSubscriptions.Add(new() { OwnerKind = runner.Kind, OwnerId = runner.Id, Endpoint = $"https://push.example/{runner.Id}", P256dh = "x", Auth = "y", NextDueAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(1) });
            return await db.SaveChangesAsync();
        });

        var page = await (await client.PostFormAsync(Page, [], postUrl: $"{Page}?handler=Off")).ToDocumentAsync();

        Assert.Equal("Reminders are off.", page.Text(".notice"));
        Assert.False(await app.WithDbAsync(db => db.ReminderSettings.OwnedBy(runner).AnyAsync()));
        Assert.Null(await app.WithDbAsync(db => db.PushSubscriptions.OwnedBy(runner).Select(s => s.NextDueAt).SingleAsync()));
    }

    [Fact]
    public async Task A_signed_in_runner_keeps_reminders_with_their_account_and_finds_them_on_the_account_page()
    {
        var userId = await app.CreateUserAsync("reminded@example.com");
        var client = await app.SignedInAsync("reminded@example.com");

        var account = await client.GetDocumentAsync("/account");
        var section = account.QuerySelector("section[aria-labelledby=reminders-title]")!;
        Assert.Equal("Reminders", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(Page, section.QuerySelector("a")!.GetAttribute("href"));

        var response = await client.PostFormAsync(Page, Fields(60, "friday"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ReminderSettings.OwnedBy(OwnerKey.Account(userId)).AnyAsync()));
    }

    [Fact]
    public async Task Signing_in_takes_the_browsers_anonymous_reminders_and_subscriptions_to_the_account()
    {
        var userId = await app.CreateUserAsync("claims-reminders@example.com");
        var client = app.CreateClient();
        await client.PostFormAsync(Page, Fields(70, "sunday"));
        var anonymous = (await app.WithDbAsync(db => db.ReminderSettings.Where(s => s.IntervalMinutes == 70).SingleAsync())).Owner;
        await app.WithDbAsync(async db =>
        {
            db.PushSubscriptions.Add(new() { OwnerKind = anonymous.Kind, OwnerId = anonymous.Id, Endpoint = $"https://push.example/{anonymous.Id}", P256dh = "x", Auth = "y" });
            return await db.SaveChangesAsync();
        });

        await client.PostFormAsync("/account/sign-in", [new("Form.Email", "claims-reminders@example.com"), new("Form.Password", TestAccounts.Password)]);

        var account = OwnerKey.Account(userId);
        var claimed = await app.WithDbAsync(db => db.ReminderSettings.AsNoTracking().SingleAsync(s => s.IntervalMinutes == 70));
        Assert.Equal(account, claimed.Owner);
        Assert.Equal([DayOfWeek.Sunday], claimed.Days);
        Assert.Equal(account, (await app.WithDbAsync(db => db.PushSubscriptions.Where(s => s.Endpoint == $"https://push.example/{anonymous.Id}").SingleAsync())).Owner);
    }
}
