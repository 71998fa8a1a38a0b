using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Groups;

/// <summary>A coach's side of groups: making one, its join link, its plan and its coaches.</summary>
public class CoachGroupTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coach_makes_a_group_and_gets_its_join_link_as_text_and_as_a_code()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await (await coach.Client.PostFormAsync("/coach/groups", [new("Name", "Tuesday track")])).ToDocumentAsync();

        var group = await app.WithDbAsync(db => db.Groups.Include(g => g.Coaches).SingleAsync(g => g.Coaches.Any(c => c.UserId == coach.UserId)));
        Assert.Equal(("Tuesday track", 32), (group.Name, group.JoinToken.Length));
        Assert.Equal((coach.UserId, true), (group.Coaches.Single().UserId, group.Coaches.Single().IsOwner));
        Assert.Equal("Tuesday track", page.Text("h1"));
        var link = $"http://localhost/groups/join/{group.JoinToken}";
        Assert.Equal(link, page.Text("#join-title ~ p code"));
        var svg = page.QuerySelector("svg.qr-code")!;
        Assert.Equal(link, QrReader.ReadSvgPath(svg.QuerySelector("path")!.GetAttribute("d")!, int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2])));

        var list = await coach.Client.GetDocumentAsync("/coach/groups");
        Assert.Equal(["Tuesday track"], list.Texts("#yours-title ~ ul h3"));
        Assert.Equal(["0 members · 0 routines in the plan"], list.Texts("#yours-title ~ ul .meta"));
    }

    [Fact]
    public async Task A_group_needs_a_name_of_at_most_80_characters()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var blank = await (await coach.Client.PostFormAsync("/coach/groups", [new("Name", " ")])).ToDocumentAsync();
        var long_ = await (await coach.Client.PostFormAsync("/coach/groups", [new("Name", new string('x', 81))])).ToDocumentAsync();

        Assert.StartsWith("Give the group a name", blank.FieldError("Name"));
        Assert.Equal("A group name can be at most 80 characters.", long_.FieldError("Name"));
        Assert.False(await app.WithDbAsync(db => db.GroupCoaches.AnyAsync(c => c.UserId == coach.UserId)));
    }

    [Fact]
    public async Task A_plan_offers_the_published_routines_of_the_coachs_libraries_and_takes_days_or_every_day()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var group = await app.CreateGroupAsync(coach.UserId, "Tuesday track");
        var preRun = await coach.PublishRoutineAsync(app, "pre-run-quick");
        var postRun = await coach.PublishRoutineAsync(app, "post-run-quick");
        var url = $"/coach/groups/{group.Id}/plan";

        var form = await coach.Client.GetDocumentAsync(url);
        var offered = form.QuerySelectorAll("select[name='Form.Routine'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(preRun, offered);
        // The seeded library is not the coach's: its routines are offered as the site's, which every runner sees.
        Assert.Equal(["Published on the site"], form.QuerySelectorAll("optgroup").Where(g => g.QuerySelector("option[value='pre-run-quick']") is not null).Select(g => g.GetAttribute("label")));
        Assert.Equal([coach.Library.Name], form.QuerySelectorAll("optgroup").Where(g => g.QuerySelector($"option[value='{preRun}']") is not null).Select(g => g.GetAttribute("label")));
        Assert.Equal(["before-run", "after-run", "daily"], form.QuerySelectorAll("input[name='Form.Timing']").Select(i => i.GetAttribute("value")));
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
            form.QuerySelectorAll("input[name='Form.Days']").Select(i => i.GetAttribute("value")));

        var first = await (await coach.Client.PostFormAsync(url,
            [new("Form.Routine", preRun), new("Form.Timing", "before-run"), new("Form.Days", "thursday"), new("Form.Days", "tuesday")], $"{url}?handler=Add")).ToDocumentAsync();
        Assert.Equal("Added 5-minute pre-run: before a run on Tuesday, Thursday.", first.Text("[role=status]"));
        var page = await (await coach.Client.PostFormAsync(url, [new("Form.Routine", postRun), new("Form.Timing", "daily"), new("Form.Days", "monday")], $"{url}?handler=Add")).ToDocumentAsync();

        Assert.Equal("Added 5-minute post-run: every day.", page.Text("[role=status]"));
        Assert.Equal(["5-minute pre-run · Before a run · Tuesday, Thursday", "5-minute post-run · Every day"], page.Texts(".plan-items li span"));
        var items = await app.WithDbAsync(db => db.PlanItems.Where(i => i.GroupId == group.Id).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal([(preRun, PlanTiming.BeforeRun, 2), (postRun, PlanTiming.Daily, 0)], items.Select(i => (i.RoutineSlug, i.Timing, i.Days.Count)));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], items[0].Days.Order());
    }

    [Fact]
    public async Task A_coach_plans_a_routine_built_for_them_by_the_name_they_kept_it_under_and_members_play_it()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var group = await app.CreateGroupAsync(coach.UserId, "Tuesday track");
        var url = $"/coach/groups/{group.Id}/plan";
        var built = await coach.Client.GetFromJsonAsync<JsonElement>("/api/build?phase=post-run&minutes=7&tools=foam-roller");
        var slug = built.GetProperty("routine").GetProperty("slug").GetString()!;
        await coach.Client.PostFormAsync("/build?phase=post-run", [new("slug", slug), new("name", "Track cool-down")], "/my-routines?handler=Keep");

        var form = await coach.Client.GetDocumentAsync(url);
        var option = form.QuerySelector($"optgroup[label='My routines'] option[value='{slug}']");
        Assert.Equal("Track cool-down (Post-run)", option?.TextContent);

        var page = await (await coach.Client.PostFormAsync(url, [new("Form.Routine", slug), new("Form.Timing", "daily")], $"{url}?handler=Add")).ToDocumentAsync();

        Assert.Equal("Added Track cool-down: every day.", page.Text("[role=status]"));
        Assert.Equal(["Track cool-down · Every day"], page.Texts(".plan-items li span"));
        var item = await app.WithDbAsync(db => db.PlanItems.SingleAsync(i => i.GroupId == group.Id));
        Assert.Equal((slug, "Track cool-down"), (item.RoutineSlug, item.Name));

        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var runner = await app.SignedInAsync(email);
        await runner.PostFormAsync($"/groups/join/{group.JoinToken}", []);
        var plan = await runner.GetDocumentAsync("/plan");
        var today = plan.QuerySelector(".plan-days > li[aria-current=date] li a")!;
        Assert.Equal(("Track cool-down", $"/play/{slug}"), (today.TextContent, today.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.OK, (await runner.GetAsync($"/play/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_new_coach_with_no_library_plans_the_sites_published_routines_and_members_play_and_count_them()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await app.CreateCoachAsync(email);
        var coach = await app.SignedInAsync(email);
        var group = await app.CreateGroupAsync(coachId, "First group");
        var url = $"/coach/groups/{group.Id}/plan";

        var form = await coach.GetDocumentAsync(url);
        Assert.DoesNotContain("You have no routine to plan yet", form.Text("#add-title ~ *"));
        var site = form.QuerySelector("optgroup[label='Published on the site']");
        Assert.NotNull(site);
        Assert.Equal("5-minute pre-run (Pre-run)", site.QuerySelector("option[value='pre-run-quick']")?.TextContent);
        Assert.Null(form.QuerySelector("optgroup[label='My routines']"));

        var page = await (await coach.PostFormAsync(url, [new("Form.Routine", "post-run-quick"), new("Form.Timing", "daily")], $"{url}?handler=Add")).ToDocumentAsync();
        Assert.Equal("Added 5-minute post-run: every day.", page.Text("[role=status]"));
        Assert.Equal(["5-minute post-run · Every day"], page.Texts(".plan-items li span"));

        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";
        var runnerId = await app.CreateUserAsync(runnerEmail);
        var runner = await app.SignedInAsync(runnerEmail);
        await runner.PostFormAsync($"/groups/join/{group.JoinToken}", []);
        await app.WithDbAsync(db =>
        {
            var log = Sessions.RunnerHistoryTests.Log(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
            log.AccountId = runnerId;
            db.SessionLogs.Add(log);
            return db.SaveChangesAsync();
        });

        var plan = await runner.GetDocumentAsync("/plan");
        Assert.Equal("Every day: 5-minute post-run · 5:05 · done", plan.Text(".plan-days > li[aria-current=date] li"));
        Assert.Equal("/play/post-run-quick", plan.QuerySelector(".plan-days > li[aria-current=date] li a")!.GetAttribute("href"));
        Assert.Equal("Every day: 5-minute post-run · 5:05 · done", (await runner.GetDocumentAsync("/")).Text(".from-coach li"));
        var adherence = await coach.GetDocumentAsync($"/coach/groups/{group.Id}/adherence");
        Assert.Equal(runnerEmail, adherence.Text("article.adherence h3"));
        Assert.Contains("(plan: 7 a week)", adherence.Text("article.adherence tbody tr th"));
        Assert.Equal("1 of 7", adherence.QuerySelectorAll("article.adherence tbody tr").First().QuerySelectorAll("td").Last().TextContent);
    }

    [Fact]
    public async Task A_coach_cannot_plan_a_built_routine_they_do_not_keep()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var group = await app.CreateGroupAsync(coach.UserId, "Tuesday track");
        var url = $"/coach/groups/{group.Id}/plan";
        await coach.PublishRoutineAsync(app, "post-run-quick");
        var built = await coach.Client.GetFromJsonAsync<JsonElement>("/api/build?phase=post-run&minutes=6");
        var slug = built.GetProperty("routine").GetProperty("slug").GetString()!;

        var page = await (await coach.Client.PostFormAsync(url, [new("Form.Routine", slug), new("Form.Timing", "daily")], $"{url}?handler=Add")).ToDocumentAsync();

        Assert.Equal("Choose one of the routines listed.", page.FieldError("Form.Routine"));
        Assert.False(await app.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.GroupId == group.Id)));
    }

    public static TheoryData<string, string, string[], string, string> BadItems => new()
    {
        { "draft", "before-run", ["monday"], "Form.Routine", "Choose one of the routines listed." },
        { "", "before-run", ["monday"], "Form.Routine", "Choose one of the routines listed." },
        { "mine", "sometime", ["monday"], "Form.Timing", "'sometime' is not a known plan timing; use one of: before-run, after-run, daily." },
        { "mine", "", ["monday"], "Form.Timing", "Required: one of before-run, after-run, daily." },
        { "mine", "after-run", [], "Form.Days", "Tick the days of the week it is for, or choose every day." },
        { "mine", "after-run", ["someday"], "Form.Days", "'someday' is not a known day of week; use one of: sunday, monday, tuesday, wednesday, thursday, friday, saturday." },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task A_plan_item_that_is_not_right_is_refused_by_field_and_nothing_is_stored(string routine, string timing, string[] days, string field, string message)
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var group = await app.CreateGroupAsync(coach.UserId, "Tuesday track");
        var url = $"/coach/groups/{group.Id}/plan";
        var mine = await coach.PublishRoutineAsync(app, "post-run-quick");
        routine = routine switch
        {
            "mine" => mine,
            "draft" => await coach.RoutineSlugAsync(app, "pre-run-quick"), // the coach's copy, never published
            _ => routine,
        };

        var page = await (await coach.Client.PostFormAsync(url,
            [new("Form.Routine", routine), new("Form.Timing", timing), .. days.Select(d => new KeyValuePair<string, string>("Form.Days", d))],
            $"{url}?handler=Add")).ToDocumentAsync();

        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.Summary());
        Assert.False(await app.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.GroupId == group.Id)));
    }

    [Fact]
    public async Task The_same_routine_at_the_same_time_is_planned_once_and_an_item_can_be_removed()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var routine = await coach.PublishRoutineAsync(app, "post-run-quick");
        var group = await app.CreateGroupAsync(coach.UserId, "Tuesday track", [new PlanItem { RoutineSlug = routine, Timing = PlanTiming.AfterRun, Days = [DayOfWeek.Tuesday] }]);
        var url = $"/coach/groups/{group.Id}/plan";

        var again = await (await coach.Client.PostFormAsync(url, [new("Form.Routine", routine), new("Form.Timing", "after-run"), new("Form.Days", "friday")], $"{url}?handler=Add")).ToDocumentAsync();
        Assert.StartsWith("That routine is already planned for that time.", again.FieldError("Form.Routine"));

        var removed = await (await coach.Client.PostFormAsync(url, [new("item", group.Plan[0].Id.ToString())], $"{url}?handler=Remove")).ToDocumentAsync();
        Assert.Equal("Removed from the plan.", removed.Text("[role=status]"));
        Assert.Equal("Nothing is planned yet.", removed.Text("#plan-title ~ p"));
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Client.PostFormAsync(url, [new("item", group.Plan[0].Id.ToString())], $"{url}?handler=Remove")).StatusCode);
    }

    [Fact]
    public async Task A_coach_removes_nothing_from_another_groups_plan()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var other = await SignedInCoach.CreateAsync(app);
        var mine = await app.CreateGroupAsync(coach.UserId, "Mine");
        var theirs = await app.CreateGroupAsync(other.UserId, "Theirs", [new PlanItem { RoutineSlug = "post-run-quick", Timing = PlanTiming.Daily }]);

        var response = await coach.Client.PostUnofferedAsync($"/coach/groups/{mine.Id}/plan?handler=Remove", [new("item", theirs.Plan[0].Id.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.Id == theirs.Plan[0].Id)));
    }

    [Fact]
    public async Task The_owner_adds_a_coach_who_then_sees_the_group()
    {
        var owner = await SignedInCoach.CreateAsync(app);
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        var added = await app.CreateCoachAsync(email);
        var runner = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(runner);
        var group = await app.CreateGroupAsync(owner.UserId, "Tuesday track");
        var url = $"/coach/groups/{group.Id}";

        var notACoach = await (await owner.Client.PostFormAsync(url, [new("CoachEmail", runner)], $"{url}?handler=AddCoach")).ToDocumentAsync();
        var page = await (await owner.Client.PostFormAsync(url, [new("CoachEmail", email)], $"{url}?handler=AddCoach")).ToDocumentAsync();

        Assert.StartsWith("There is no coach with that email.", notACoach.FieldError("CoachEmail"));
        Assert.Equal($"{email} now coaches Tuesday track.", page.Text("[role=status]"));
        Assert.Contains(email, page.Texts("#coaches-title ~ ul li > span"));
        var theirs = await app.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/coach/groups/{group.Id}/adherence")).StatusCode);
        // Only the owner adds coaches.
        Assert.Empty((await theirs.GetDocumentAsync(url)).QuerySelectorAll("form[action*=AddCoach]"));
        Assert.True(await app.WithDbAsync(db => db.GroupCoaches.AnyAsync(c => c.GroupId == group.Id && c.UserId == added && !c.IsOwner)));
    }
}
