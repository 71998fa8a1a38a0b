using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// Movement-break reminders in the open app. The server's clock runs at real speed from noon in New York
/// (reminders stop at the end of the day, so the real time of day would decide the outcome); the page's is
/// Playwright's, moved on by the test. The page counts down from the server's "due in so many seconds", so
/// the reminder comes when the page's clock has run that long.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReminderTests(BrowserFixture browser)
{
    /// <summary>Every day, all day, every 10 minutes: at midday a break is due within 10 minutes.</summary>
    private static async Task SetUpRemindersAsync(IPage page)
    {
        var settings = await ReminderSettingsPage.OpenAsync(page);
        // A first visit takes the browser's own time zone.
        await Expect(settings.TimeZone).ToHaveValueAsync("America/New_York");
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" })
        {
            await settings.Day(day).CheckAsync();
        }
        await settings.From.FillAsync("00:00");
        await settings.Until.FillAsync("23:59");
        await settings.Interval.FillAsync("10");
        await page.AssertNoAxeViolationsAsync();
        await settings.Save.ClickAsync();
        await Expect(settings.Notice).ToHaveTextAsync("Your reminders are saved.");
        await Expect(page.GetByText("Your next break is due")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public Task A_reminder_comes_on_time_waits_when_put_off_and_starts_the_break_routine() => browser.WithPageAsync(async page =>
    {
        browser.App.Clock.RunFrom(NextNoonInNewYork(browser.App.Clock.GetUtcNow()));
        try
        {
            await RemindAndStartAsync(page);
        }
        finally
        {
            browser.App.Clock.Reset();
        }
    }, new() { TimezoneId = "America/New_York" });

    private static DateTimeOffset NextNoonInNewYork(DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var noon = local.Date.AddHours(12);
        if (noon < local) noon = noon.AddDays(1);
        return new DateTimeOffset(noon, zone.GetUtcOffset(noon));
    }

    private async Task RemindAndStartAsync(IPage page)
    {
        await SetUpRemindersAsync(page);
        await page.GotoPausedAsync("/", browser.App.Clock);
        var reminder = new BreakReminder(page);
        var today = new TodaySection(page);
        await Expect(today.Region).ToContainTextAsync("No bouts yet today.");
        await Expect(today.Region).ToContainTextAsync("Next movement break:");
        await Expect(reminder.Dialog).ToBeHiddenAsync();

        await page.Clock.RunForAsync((long)TimeSpan.FromMinutes(21).TotalMilliseconds);

        await Expect(reminder.Dialog).ToBeVisibleAsync();
        await Expect(reminder.Start).ToHaveAttributeAsync("href", "/play/midday-movement-break");
        await page.ScanWithPausedClockAsync();

        // Later: once the page has the new due time (ten minutes on), the clock moves on.
        var due = await today.NextBreak.GetAttributeAsync("datetime");
        await reminder.Later.ClickAsync();
        await Expect(reminder.Dialog).ToBeHiddenAsync();
        await Expect(today.NextBreak).Not.ToHaveAttributeAsync("datetime", due!);
        await page.Clock.RunForAsync((long)TimeSpan.FromMinutes(9).TotalMilliseconds);
        await Expect(reminder.Dialog).ToBeHiddenAsync();
        await page.Clock.RunForAsync((long)TimeSpan.FromMinutes(1.1).TotalMilliseconds);
        await Expect(reminder.Dialog).ToBeVisibleAsync();

        await reminder.Start.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/play/midday-movement-break$"));
        await Expect(new PlayerPage(page).Heading).ToHaveTextAsync("Midday movement break");
        // While a routine plays, reminders keep out of the way: the player loads none of their code.
        await Expect(page.Locator("script[src*='reminders.js']")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public Task The_app_is_installable_with_a_manifest_and_the_runners_service_worker() => browser.WithPageAsync(async page =>
    {
        await page.GotoAsync("/");

        var manifest = await page.APIRequest.GetAsync(await page.Locator("link[rel=manifest]").GetAttributeAsync("href") ?? "");
        Assert.True(manifest.Ok);
        var json = await manifest.JsonAsync();
        Assert.Equal("/", json?.GetProperty("start_url").GetString());
        Assert.Equal("standalone", json?.GetProperty("display").GetString());
        foreach (var icon in json!.Value.GetProperty("icons").EnumerateArray())
        {
            Assert.True((await page.APIRequest.GetAsync(icon.GetProperty("src").GetString()!)).Ok);
        }

        var scope = await page.EvaluateAsync<string>("navigator.serviceWorker.ready.then(r => r.scope)");
        Assert.Equal(new Uri(new Uri(page.Url), "/").ToString(), scope);
    });
}
