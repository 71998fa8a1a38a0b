using System.Net;
using System.Text.RegularExpressions;
using MassageRoutines.Browser.Tests.PageObjects;
using MassageRoutines.Web.Data;
using Group = MassageRoutines.Web.Data.Group;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// Calendar feeds as people find them: the "In your calendar" section of the plan page, a group's page and
/// the reminders page, its webcal: and https links, the feed those lead to (read as a calendar app reads it,
/// with no cookie), and replacing the address.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CalendarTests(BrowserFixture browser)
{
    private static ILocator Section(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "In your calendar" });

    private static ILocator Webcal(IPage page) => Section(page).GetByRole(AriaRole.Link, new() { Name = "Subscribe in your calendar app" });

    private static ILocator Https(IPage page) => Section(page).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^https?:") });

    /// <summary>Checks both links, follows the https one as a person would (the browser downloads the file), and returns the calendar and its address.</summary>
    private async Task<(Ical.Net.Calendar Calendar, string Address)> FollowFeedAsync(IPage page, string fileName)
    {
        var address = (await Https(page).GetAttributeAsync("href"))!;
        Assert.Matches($"^{Regex.Escape(browser.BaseAddress)}/calendar/[A-Za-z0-9_-]{{32}}$", address);
        await Expect(Https(page)).ToHaveTextAsync(address);
        await Expect(Webcal(page)).ToHaveAttributeAsync("href", "webcal" + address[address.IndexOf(':')..]);

        var download = await page.RunAndWaitForDownloadAsync(() => Https(page).ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        // A calendar app has no cookie: the address alone gives the same feed.
        using var calendarApp = new HttpClient();
        var again = await calendarApp.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("text/calendar", again.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal(calendar.Events.Count, Ical.Net.Calendar.Load(await again.Content.ReadAsStringAsync())!.Events.Count);
        return (calendar, address);
    }

    private async Task ReplaceAsync(IPage page, string oldAddress, string status)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace calendar address" }).ClickAsync();
        // Filtered by its words: the reminders page has a second status, the push section's, which its module
        // reveals once it has asked the service worker, so an unfiltered locator races that module.
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = status })).ToBeVisibleAsync();
        await Expect(Https(page)).Not.ToHaveAttributeAsync("href", oldAddress);
        using var calendarApp = new HttpClient();
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(oldAddress)).StatusCode);
    }

    private async Task<(string CoachEmail, Group Group, string MemberEmail, string OtherEmail)> GroupAsync()
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await browser.App.CreateCoachAsync(coachEmail);
        var memberEmail = $"member-{Guid.NewGuid():N}@example.com";
        var otherEmail = $"other-{Guid.NewGuid():N}@example.com";
        var group = await browser.App.CreateGroupAsync(coachId, $"Tuesday track {Guid.NewGuid().ToString()[..4]}",
        [
            new PlanItem { RoutineSlug = "pre-run-quick", Timing = PlanTiming.BeforeRun, Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday] },
            new PlanItem { RoutineSlug = "post-run-quick", Timing = PlanTiming.Daily },
        ], await browser.App.CreateUserAsync(memberEmail), await browser.App.CreateUserAsync(otherEmail));
        return (coachEmail, group, memberEmail, otherEmail);
    }

    [BrowserFact]
    public async Task A_member_subscribes_to_their_plan_from_the_plan_page_and_replaces_the_address()
    {
        var (_, group, memberEmail, otherEmail) = await GroupAsync();

        await browser.WithPageAsync(async page =>
        {
            await GroupTests.SignInAsync(page, memberEmail);
            await page.GotoAsync("/plan");
            await Expect(Section(page)).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();

            var (calendar, address) = await FollowFeedAsync(page, "massage-plan.ics");

            Assert.Equal(28 + 8, calendar.Events.Count);
            var today = DateOnly.FromDateTime(browser.App.Clock.GetUtcNow().UtcDateTime);
            var todays = calendar.Events.Where(e => e.DtStart!.Date == today).ToList();
            Assert.Contains(todays, e => e.Summary == "Every day: 5-minute post-run" && e.Url!.AbsolutePath == "/play/post-run-quick" && e.IsAllDay);
            var tuesday = calendar.Events.First(e => e.DtStart!.DayOfWeek == DayOfWeek.Tuesday && e.Summary!.StartsWith("Before a run"));
            Assert.Equal("Before a run: 5-minute pre-run", tuesday.Summary);
            Assert.Contains($"{browser.BaseAddress}/play/pre-run-quick", tuesday.Description);
            Assert.Contains(group.Name, tuesday.Description);
            Assert.All(calendar.Events, e => Assert.DoesNotContain(otherEmail, $"{e.Summary} {e.Description}"));

            await ReplaceAsync(page, address, "Your calendar has a new address.");
            await FollowFeedAsync(page, "massage-plan.ics");
        });
    }

    [BrowserFact]
    public async Task A_coach_subscribes_to_a_groups_plan_from_its_page_and_replaces_the_address()
    {
        var (coachEmail, group, memberEmail, _) = await GroupAsync();

        await browser.WithPageAsync(async page =>
        {
            await GroupTests.SignInAsync(page, coachEmail);
            await page.GotoAsync("/coach/groups");
            await page.GetByRole(AriaRole.Link, new() { Name = group.Name }).ClickAsync();
            await Expect(Section(page)).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();

            var (calendar, address) = await FollowFeedAsync(page, "group-plan.ics");

            Assert.Equal(28 + 8, calendar.Events.Count);
            Assert.Equal(8, calendar.Events.Count(e => e.Summary == "Before a run: 5-minute pre-run"));
            Assert.All(calendar.Events, e => Assert.DoesNotContain(memberEmail, e.Description));

            await ReplaceAsync(page, address, "The plan's calendar has a new address.");
        });
    }

    [BrowserFact]
    public async Task A_runner_exports_their_movement_breaks_from_the_reminders_page()
    {
        await browser.WithPageAsync(async page =>
        {
            var settings = await ReminderSettingsPage.OpenAsync(page);
            await Expect(Section(page)).ToHaveCountAsync(0);
            foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
            {
                await settings.Day(day).SetCheckedAsync(day is "Monday" or "Wednesday" or "Friday");
            }
            await settings.From.FillAsync("09:00");
            await settings.Until.FillAsync("12:00");
            await settings.Interval.FillAsync("60");
            await page.GetByLabel("Quiet dates").FillAsync("2030-01-07");
            await settings.TimeZone.SelectOptionAsync("Europe/Berlin");
            await settings.Save.ClickAsync();
            await Expect(settings.Notice).ToBeVisibleAsync();
            await Expect(Section(page)).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();

            var (calendar, address) = await FollowFeedAsync(page, "movement-breaks.ics");

            // Breaks at 10:00 and 11:00 Berlin time (12:00 is the end of the hours), each weekly on the chosen days.
            Assert.Equal([new TimeOnly(10, 0), new TimeOnly(11, 0)], calendar.Events.Select(e => e.DtStart!.Time!.Value).Order());
            Assert.All(calendar.Events, e => Assert.Equal("Europe/Berlin", e.DtStart!.TzId));
            Assert.All(calendar.Events, e => Assert.Equal("Time for a movement break", e.Summary));
            Assert.All(calendar.Events, e => Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], e.RecurrenceRule!.ByDay.Select(d => d.DayOfWeek)));
            Assert.All(calendar.Events, e => Assert.Equal([new DateOnly(2030, 1, 7)], e.ExceptionDates.GetAllDates().Select(d => d.Date)));
            Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Berlin");

            await ReplaceAsync(page, address, "Your movement breaks' calendar has a new address.");
        });
    }
}
