using System.Net;
using AngleSharp.Dom;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Tests.Accounts;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Calendar;

/// <summary>
/// Calendar feeds: a member's plan, a group's plan for its coaches, and a movement-break schedule, each
/// read without a cookie at a secret address that its owner can replace.
/// </summary>
public class CalendarFeedTests : IClassFixture<AppFactory>
{
    /// <summary>A Wednesday; the feed's four weeks run from Monday 2 March to Sunday 29 March, when London's clocks go forward.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly AppFactory app;

    public CalendarFeedTests(AppFactory app)
    {
        this.app = app;
        app.Clock.Pin(Now);
    }

    private sealed record Club(string CoachEmail, HttpClient Coach, Group Group, string MemberEmail, HttpClient Member, string OtherEmail);

    /// <summary>A coach's group planning the site's 5-minute pre-run before Tuesday's and Thursday's runs and the 5-minute post-run every day, with two members.</summary>
    private async Task<Club> ClubAsync()
    {
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await app.CreateCoachAsync(coachEmail);
        var memberEmail = $"member-{Guid.NewGuid():N}@example.com";
        var otherEmail = $"other-{Guid.NewGuid():N}@example.com";
        var members = new[] { await app.CreateUserAsync(memberEmail), await app.CreateUserAsync(otherEmail) };
        var group = await app.CreateGroupAsync(coachId, "Tuesday track",
        [
            new PlanItem { RoutineSlug = "pre-run-quick", Timing = PlanTiming.BeforeRun, Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday] },
            new PlanItem { RoutineSlug = "post-run-quick", Timing = PlanTiming.Daily },
        ], members);
        return new(coachEmail, await app.SignedInAsync(coachEmail), group, memberEmail, await app.SignedInAsync(memberEmail), otherEmail);
    }

    private static (string Webcal, string Https) FeedLinks(IDocument page)
    {
        var section = page.QuerySelector("section.calendar-feed") ?? throw new InvalidOperationException("The page offers no calendar feed.");
        var webcal = section.QuerySelectorAll("a").Single(a => a.TextContent == "Subscribe in your calendar app").GetAttribute("href")!;
        var https = section.QuerySelector("a.feed-address")!;
        Assert.Equal(https.TextContent, https.GetAttribute("href"));
        return (webcal, https.GetAttribute("href")!);
    }

    /// <summary>The feed as a calendar app reads it: no cookie, no sign-in.</summary>
    private async Task<(HttpResponseMessage Response, string Text, Ical.Net.Calendar Calendar)> ReadFeedAsync(string https)
    {
        var response = await app.CreateClient().GetAsync(https);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl.MaxAge);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text, Ical.Net.Calendar.Load(text)!);
    }

    private async Task AssertGoneAsync(string https)
    {
        var response = await app.CreateClient().GetAsync(https);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Calendar not found", await response.Content.ReadAsStringAsync());
    }

    private static List<CalendarEvent> On(Ical.Net.Calendar calendar, DateOnly day) =>
        calendar.Events.Where(e => e.DtStart!.Date == day).OrderBy(e => e.Summary).ToList();

    [Fact]
    public async Task A_member_subscribes_to_their_plan_without_a_cookie_and_each_planned_day_is_an_all_day_event_linking_to_the_routine()
    {
        var club = await ClubAsync();

        var page = await club.Member.GetDocumentAsync("/plan");
        var (webcal, https) = FeedLinks(page);
        var (response, text, calendar) = await ReadFeedAsync(https);

        Assert.Matches("^http://localhost/calendar/[A-Za-z0-9_-]{32}$", https);
        Assert.Equal("webcal" + https["http".Length..], webcal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("massage-plan.ics", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("Your massage plan", calendar.Properties["X-WR-CALNAME"]!.Value);
        // Four weeks from this Monday: the post-run every day, the pre-run on four Tuesdays and four Thursdays.
        Assert.Equal(28 + 8, calendar.Events.Count);
        Assert.Equal(new DateOnly(2026, 3, 2), calendar.Events.Min(e => e.DtStart!.Date));
        Assert.Equal(new DateOnly(2026, 3, 29), calendar.Events.Max(e => e.DtStart!.Date));
        var tuesday = On(calendar, new DateOnly(2026, 3, 3));
        Assert.Equal(["Before a run: 5-minute pre-run", "Every day: 5-minute post-run"], tuesday.Select(e => e.Summary));
        Assert.Equal(["Every day: 5-minute post-run"], On(calendar, new DateOnly(2026, 3, 4)).Select(e => e.Summary));
        var preRun = tuesday[0];
        Assert.True(preRun.IsAllDay);
        Assert.False(preRun.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 3, 4), preRun.DtEnd!.Date);
        Assert.Equal(new Uri("http://localhost/play/pre-run-quick"), preRun.Url);
        Assert.Contains("http://localhost/play/pre-run-quick", preRun.Description);
        Assert.Contains("Tuesday track", preRun.Description);
        Assert.Equal(Now.UtcDateTime, preRun.DtStamp!.AsUtc);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        // It names no member: not the other one, not even the member.
        Assert.DoesNotContain(club.OtherEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(club.MemberEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(club.CoachEmail, text, StringComparison.OrdinalIgnoreCase);
        // The same address on the next visit.
        Assert.Equal(https, FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https);
    }

    [Fact]
    public async Task A_member_s_feed_is_in_the_language_of_their_account_whatever_the_calendar_app_asks_for()
    {
        var club = await ClubAsync();
        var https = FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https;
        await app.KeepLanguageAsync(club.MemberEmail, "de");
        var reader = app.AskingFor("es");

        var calendar = Ical.Net.Calendar.Load(await reader.GetStringAsync(https))!;

        Assert.Equal("Dein Massageplan", calendar.Properties["X-WR-CALNAME"]!.Value);
        var tuesday = On(calendar, new DateOnly(2026, 3, 3));
        // The routines are named in German too: the seeded library carries its own translations.
        Assert.Equal(["Jeden Tag: 5 Minuten nach dem Lauf", "Vor dem Lauf: 5 Minuten vor dem Lauf"], tuesday.Select(e => e.Summary));
        Assert.Equal("Vor dem Lauf: 5 Minuten vor dem Lauf, geplant in Tuesday track.\nHier starten: http://localhost/play/pre-run-quick", tuesday[1].Description);
    }

    [Fact]
    public async Task A_member_without_a_language_gets_an_english_feed_whatever_the_calendar_app_asks_for()
    {
        var club = await ClubAsync();
        var https = FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https;
        var reader = app.AskingFor("de");

        var calendar = Ical.Net.Calendar.Load(await reader.GetStringAsync(https))!;

        Assert.Equal("Your massage plan", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(["Before a run: 5-minute pre-run", "Every day: 5-minute post-run"], On(calendar, new DateOnly(2026, 3, 3)).Select(e => e.Summary));
    }

    [Fact]
    public async Task Each_member_has_a_feed_of_their_own_and_one_outside_any_group_is_offered_none()
    {
        var club = await ClubAsync();
        var other = await app.SignedInAsync(club.OtherEmail);
        var loneEmail = $"lone-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(loneEmail);

        var mine = FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https;
        var theirs = FeedLinks(await other.GetDocumentAsync("/plan")).Https;
        var lonePage = await (await app.SignedInAsync(loneEmail)).GetDocumentAsync("/plan");

        Assert.NotEqual(mine, theirs);
        Assert.Null(lonePage.QuerySelector("section.calendar-feed"));
    }

    [Fact]
    public async Task A_member_replaces_the_address_and_the_old_one_answers_404()
    {
        var club = await ClubAsync();
        var old = FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https;

        var page = await (await club.Member.PostFormAsync("/plan", [], "/plan?handler=ReplaceCalendar")).ToDocumentAsync();

        Assert.StartsWith("Your calendar has a new address.", page.Text("[role=status]"));
        var replaced = FeedLinks(page).Https;
        Assert.NotEqual(old, replaced);
        await AssertGoneAsync(old);
        Assert.Equal(36, (await ReadFeedAsync(replaced)).Calendar.Events.Count);
    }

    [Fact]
    public async Task Replacing_needs_the_antiforgery_token()
    {
        var club = await ClubAsync();
        var old = FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https;

        var response = await club.Member.PostAsync("/plan?handler=ReplaceCalendar", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ReadFeedAsync(old);
    }

    [Theory]
    [InlineData("no-such-calendar")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("an-address-far-longer-than-any-token-the-app-makes-an-address-far-longer")]
    public async Task An_unknown_address_answers_404_with_problem_details(string token)
    {
        await AssertGoneAsync($"/calendar/{token}");
    }

    [Fact]
    public async Task A_coach_gets_the_groups_plan_as_a_feed_and_any_of_its_coaches_replaces_it()
    {
        var club = await ClubAsync();
        var url = $"/coach/groups/{club.Group.Id}";

        var (_, https) = FeedLinks(await club.Coach.GetDocumentAsync(url));
        var (response, text, calendar) = await ReadFeedAsync(https);

        Assert.Equal("group-plan.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal("Tuesday track: plan", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(36, calendar.Events.Count);
        Assert.Equal(["Before a run: 5-minute pre-run", "Every day: 5-minute post-run"], On(calendar, new DateOnly(2026, 3, 5)).Select(e => e.Summary));
        Assert.DoesNotContain(club.MemberEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(club.OtherEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(https, FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https);

        var coCoachEmail = $"co-coach-{Guid.NewGuid():N}@example.com";
        var coCoachId = await app.CreateCoachAsync(coCoachEmail);
        await app.WithDbAsync(db =>
        {
            db.GroupCoaches.Add(new GroupCoach { GroupId = club.Group.Id, UserId = coCoachId });
            return db.SaveChangesAsync();
        });
        var coCoach = await app.SignedInAsync(coCoachEmail);
        Assert.Equal(https, FeedLinks(await coCoach.GetDocumentAsync(url)).Https);
        var page = await (await coCoach.PostFormAsync(url, [], $"{url}?handler=ReplaceCalendar")).ToDocumentAsync();

        Assert.StartsWith("The plan's calendar has a new address.", page.Text("[role=status]"));
        await AssertGoneAsync(https);
        Assert.Equal(36, (await ReadFeedAsync(FeedLinks(await club.Coach.GetDocumentAsync(url)).Https)).Calendar.Events.Count);
    }

    [Fact]
    public async Task A_groups_feed_is_in_its_coaches_language_whatever_the_calendar_app_asks_for()
    {
        var club = await ClubAsync();
        var https = FeedLinks(await club.Coach.GetDocumentAsync($"/coach/groups/{club.Group.Id}")).Https;
        await app.KeepLanguageAsync(club.CoachEmail, "de");
        var reader = app.AskingFor("es");

        var calendar = Ical.Net.Calendar.Load(await reader.GetStringAsync(https))!;

        Assert.Equal("Tuesday track: Plan", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(["Jeden Tag: 5 Minuten nach dem Lauf", "Vor dem Lauf: 5 Minuten vor dem Lauf"], On(calendar, new DateOnly(2026, 3, 3)).Select(e => e.Summary));
    }

    [Fact]
    public async Task A_groups_feed_whose_coaches_keep_no_language_is_in_the_one_the_calendar_app_asks_for()
    {
        var club = await ClubAsync();
        var https = FeedLinks(await club.Coach.GetDocumentAsync($"/coach/groups/{club.Group.Id}")).Https;
        var reader = app.AskingFor("de");

        var calendar = Ical.Net.Calendar.Load(await reader.GetStringAsync(https))!;

        Assert.Equal("Tuesday track: Plan", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(["Jeden Tag: 5 Minuten nach dem Lauf", "Vor dem Lauf: 5 Minuten vor dem Lauf"], On(calendar, new DateOnly(2026, 3, 3)).Select(e => e.Summary));
    }

    [Fact]
    public async Task Only_the_groups_coaches_see_or_replace_its_feed()
    {
        var club = await ClubAsync();
        var url = $"/coach/groups/{club.Group.Id}";
        var https = FeedLinks(await club.Coach.GetDocumentAsync(url)).Https;
        var otherCoachEmail = $"other-coach-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(otherCoachEmail);
        var otherCoach = await app.SignedInAsync(otherCoachEmail, followRedirects: false);
        var runner = await app.SignedInAsync(club.MemberEmail, followRedirects: false);
        var token = await otherCoach.TokenFromAsync("/coach/groups");
        var runnersToken = await runner.TokenFromAsync("/plan");

        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.PostAsync($"{url}?handler=ReplaceCalendar", Form(token))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await runner.PostAsync($"{url}?handler=ReplaceCalendar", Form(runnersToken))).StatusCode);
        var anonymous = await app.NoRedirects().PostAsync($"{url}?handler=ReplaceCalendar", Form(null));
        Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{anonymous.StatusCode}");
        await ReadFeedAsync(https);
    }

    private static FormUrlEncodedContent Form(string? token) => new(token is null ? [] : [new(Forms.TokenField, token)]);

    [Fact]
    public async Task A_runners_movement_breaks_export_as_weekly_recurring_events_in_their_zone_without_the_quiet_dates()
    {
        var runner = await app.RunnerClientAsync();
        var before = await runner.GetDocumentAsync("/account/reminders");
        Assert.Null(before.QuerySelector("section.calendar-feed")); // nothing to export before reminders are saved

        await runner.PostFormAsync("/account/reminders",
        [
            new("Form.Days", "monday"), new("Form.Days", "wednesday"), new("Form.Days", "friday"),
            new("Form.From", "09:00"), new("Form.To", "11:00"), new("Form.IntervalMinutes", "45"), new("Form.TimeZoneId", "Europe/London"),
            new("Form.QuietDates", "2026-03-09 2026-03-10 2026-03-13"),
        ]);
        var (webcal, https) = FeedLinks(await runner.GetDocumentAsync("/account/reminders"));
        var (response, text, calendar) = await ReadFeedAsync(https);

        Assert.StartsWith("webcal://localhost/calendar/", webcal);
        Assert.Equal("movement-breaks.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        // 09:00 to 11:00 every 45 minutes: breaks at 09:45 and 10:30 (11:15 is past the hours).
        Assert.Equal([new TimeOnly(9, 45), new TimeOnly(10, 30)], calendar.Events.Select(e => e.DtStart!.Time!.Value).Order());
        var first = calendar.Events.OrderBy(e => e.DtStart!.Time).First();
        Assert.Equal(("Europe/London", new DateOnly(2026, 3, 2)), (first.DtStart!.TzId, first.DtStart.Date));
        Assert.Equal("Time for a movement break", first.Summary);
        Assert.Equal(new Uri("http://localhost/account/reminders"), first.Url);
        Assert.Contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("TZID:Europe/London", text);
        // Quiet dates on reminder days are exceptions; Tuesday 10 March is no reminder day anyway.
        Assert.Equal([new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13)],
            first.ExceptionDates.GetAllDates().Select(d => d.Date).Order());

        // What a calendar app shows: local 09:45 on each chosen day, before and after the clocks go forward on 29 March.
        var occurrences = first.GetOccurrences(new CalDateTime(2026, 3, 2)).TakeWhile(o => o.Period.StartTime.Date < new DateOnly(2026, 4, 4)).ToList();
        Assert.Equal([2, 4, 6, 11, 16, 18, 20, 23, 25, 27, 30, 1, 3], occurrences.Select(o => o.Period.StartTime.Day));
        Assert.Equal(new DateTime(2026, 3, 2, 9, 45, 0, DateTimeKind.Utc), occurrences[0].Period.StartTime.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 30, 8, 45, 0, DateTimeKind.Utc), occurrences[10].Period.StartTime.AsUtc);
    }

    [Fact]
    public async Task A_runner_replaces_the_movement_break_address_and_turning_reminders_off_ends_the_feed()
    {
        var runner = await app.RunnerClientAsync();
        await runner.PostFormAsync("/account/reminders",
            [new("Form.Days", "monday"), new("Form.From", "09:00"), new("Form.To", "17:00"), new("Form.IntervalMinutes", "30"), new("Form.TimeZoneId", "UTC")]);
        var old = FeedLinks(await runner.GetDocumentAsync("/account/reminders")).Https;
        var utc = await ReadFeedAsync(old);
        Assert.Equal(15, utc.Calendar.Events.Count);
        Assert.True(utc.Calendar.Events.All(e => e.DtStart!.IsUtc));

        var page = await (await runner.PostFormAsync("/account/reminders", [], "/account/reminders?handler=ReplaceCalendar")).ToDocumentAsync();

        Assert.StartsWith("Your movement breaks' calendar has a new address.", page.Text("[role=status]"));
        await AssertGoneAsync(old);
        var replaced = FeedLinks(page).Https;
        await ReadFeedAsync(replaced);

        await runner.PostFormAsync("/account/reminders", [], "/account/reminders?handler=Off");
        await AssertGoneAsync(replaced);
    }

    [Fact]
    public async Task Signing_in_keeps_the_movement_break_address_a_calendar_app_subscribed_to_unless_the_account_has_its_own_schedule()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var runner = await app.RunnerClientAsync();
        await runner.PostFormAsync("/account/reminders",
            [new("Form.Days", "sunday"), new("Form.From", "09:00"), new("Form.To", "12:00"), new("Form.IntervalMinutes", "60"), new("Form.TimeZoneId", "UTC")]);
        var address = FeedLinks(await runner.GetDocumentAsync("/account/reminders")).Https;

        await runner.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)]);

        Assert.Equal(address, FeedLinks(await runner.GetDocumentAsync("/account/reminders")).Https);
        Assert.Equal(2, (await ReadFeedAsync(address)).Calendar.Events.Count);
    }

    [Fact]
    public void The_feeds_secret_is_redacted_in_logs_and_traces()
    {
        Assert.Equal($"/calendar/{SecretTokens.Redacted}", SecretTokens.RedactPath("/calendar/abcdefabcdefabcdefabcdefabcdefab"));
        Assert.Equal($"/CALENDAR/{SecretTokens.Redacted}?x=1", SecretTokens.RedactUrl("/CALENDAR/abcdefabcdefabcdefabcdefabcdefab?x=1"));
    }

    [Fact]
    public async Task Deleting_the_account_or_the_group_deletes_its_feed()
    {
        var club = await ClubAsync();
        var memberFeed = FeedLinks(await club.Member.GetDocumentAsync("/plan")).Https;
        var groupFeed = FeedLinks(await club.Coach.GetDocumentAsync($"/coach/groups/{club.Group.Id}")).Https;

        await club.Member.PostFormAsync("/account/delete", [new("Password", TestAccounts.Password)]);
        await app.WithDbAsync(db => db.Groups.Where(g => g.Id == club.Group.Id).ExecuteDeleteAsync());

        await AssertGoneAsync(memberFeed);
        await AssertGoneAsync(groupFeed);
        Assert.False(await app.WithDbAsync(db => db.CalendarFeeds.AnyAsync(f => f.GroupId == club.Group.Id)));
    }
}
