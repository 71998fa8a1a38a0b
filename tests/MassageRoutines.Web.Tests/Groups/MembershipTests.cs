using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Pages.Coach;
using MassageRoutines.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Groups;

/// <summary>A runner's side of groups: the preview before joining, the plan, and leaving.</summary>
public class MembershipTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Setup(SignedInCoach Coach, Group Group, string RunnerId, string Email, HttpClient Runner, string Routine);

    /// <summary>A coach's group planning the coach's 5-minute post-run every day, and a signed-in runner who is not in it yet.</summary>
    private async Task<Setup> SetUpAsync()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var routine = await coach.PublishRoutineAsync(app, "post-run-quick");
        var group = await app.CreateGroupAsync(coach.UserId, "Tuesday track", [new PlanItem { RoutineSlug = routine, Timing = PlanTiming.Daily }]);
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runnerId = await app.CreateUserAsync(email);
        return new(coach, group, runnerId, email, await app.SignedInAsync(email), routine);
    }

    private Task AddSessionsAsync(string userId, params SessionLog[] logs) => app.WithDbAsync(db =>
    {
        foreach (var log in logs)
        {
            log.AccountId = userId;
        }
        db.SessionLogs.AddRange(logs);
        return db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_join_link_shows_the_group_and_exactly_what_its_coaches_will_see_before_joining()
    {
        var setup = await SetUpAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await AddSessionsAsync(setup.RunnerId,
            WithSlug(RunnerHistoryTests.Log(now.AddMinutes(-30), discomfort: 4), setup.Routine),
            RunnerHistoryTests.Log(now.AddDays(-8), discomfort: 2, pain: [new PainEvent(0, Symptom.Tingling, null, PainChoice.EndSession)]));

        var preview = await setup.Runner.GetDocumentAsync($"/groups/join/{setup.Group.JoinToken}");

        Assert.Equal("Join Tuesday track", preview.Text("h1"));
        Assert.Equal($"Coached by {await EmailOfAsync(setup.Coach.UserId)}.", preview.Text("h1 + p"));
        Assert.False(await app.WithDbAsync(db => db.GroupMembers.AnyAsync(m => m.UserId == setup.RunnerId)));

        await setup.Runner.PostFormAsync($"/groups/join/{setup.Group.JoinToken}", []);
        var coachSees = await setup.Coach.Client.GetDocumentAsync($"/coach/groups/{setup.Group.Id}/adherence");

        Assert.Equal(preview.QuerySelector("article.adherence")!.OuterHtml, coachSees.QuerySelector("article.adherence")!.OuterHtml);
        Assert.Equal(setup.Email, coachSees.Text("article.adherence h3"));
    }

    [Fact]
    public async Task A_member_sees_from_your_coach_on_the_home_page_and_the_weeks_plan_with_what_is_done()
    {
        var setup = await SetUpAsync();
        await setup.Runner.PostFormAsync($"/groups/join/{setup.Group.JoinToken}", []);
        await AddSessionsAsync(setup.RunnerId, WithSlug(RunnerHistoryTests.Log(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)), setup.Routine));

        var home = await setup.Runner.GetDocumentAsync("/");
        var plan = await setup.Runner.GetDocumentAsync("/plan");

        Assert.Equal("From your coach", home.Text("#from-coach-title"));
        Assert.Equal("Tuesday track, today", home.Text(".from-coach h3"));
        Assert.Equal("Every day: 5-minute post-run · 5:05 · done", home.Text(".from-coach li"));
        Assert.Equal($"/play/{setup.Routine}", home.QuerySelector(".from-coach li a")!.GetAttribute("href"));

        Assert.Equal("Tuesday track", plan.Text("section.week-plan h2"));
        Assert.Equal(7, plan.QuerySelectorAll(".plan-days > li").Length);
        Assert.Equal(1, plan.QuerySelectorAll(".plan-days > li[aria-current=date]").Length);
        Assert.Equal("Every day: 5-minute post-run · 5:05 · done", plan.Text(".plan-days > li[aria-current=date] li"));
        Assert.Equal(6, plan.QuerySelectorAll(".plan-days > li:not([aria-current]) li").Count(li => !li.TextContent.Contains("done")));
    }

    [Fact]
    public async Task Nothing_from_a_coach_shows_to_anyone_outside_a_group()
    {
        var setup = await SetUpAsync();

        var home = await setup.Runner.GetDocumentAsync("/");
        var plan = await setup.Runner.GetDocumentAsync("/plan");
        var anonymous = await app.CreateClient().GetDocumentAsync("/");

        Assert.Null(home.QuerySelector("#from-coach-title"));
        Assert.Null(anonymous.QuerySelector("#from-coach-title"));
        Assert.StartsWith("You are in no group.", plan.Text("main p"));
    }

    [Fact]
    public async Task A_member_who_leaves_is_gone_from_every_page_of_the_coach()
    {
        var setup = await SetUpAsync();
        await setup.Runner.PostFormAsync($"/groups/join/{setup.Group.JoinToken}", []);
        await AddSessionsAsync(setup.RunnerId, RunnerHistoryTests.Log(app.Clock.GetUtcNow().UtcDateTime.AddHours(-1), discomfort: 5));
        Assert.Contains(setup.Email, (await setup.Coach.Client.GetStringAsync($"/coach/groups/{setup.Group.Id}/adherence")));

        var left = await (await setup.Runner.PostFormAsync("/plan", [new("group", setup.Group.Id.ToString())], "/plan?handler=Leave")).ToDocumentAsync();

        Assert.Equal("You left Tuesday track. Its coaches no longer see any of your data.", left.Text("[role=status]"));
        foreach (var url in new[] { "/coach/groups", $"/coach/groups/{setup.Group.Id}", $"/coach/groups/{setup.Group.Id}/adherence", $"/coach/groups/{setup.Group.Id}/plan" })
        {
            Assert.DoesNotContain(setup.Email, await setup.Coach.Client.GetStringAsync(url));
        }
        Assert.Equal("No one has joined yet. Share the join link.", (await setup.Coach.Client.GetDocumentAsync($"/coach/groups/{setup.Group.Id}/adherence")).Text("#members-title ~ p"));
        Assert.False(await app.WithDbAsync(db => db.GroupMembers.AnyAsync(m => m.UserId == setup.RunnerId)));
    }

    [Fact]
    public async Task Someone_new_follows_the_join_link_registers_and_comes_back_to_it()
    {
        var setup = await SetUpAsync();
        var client = app.CreateClient();

        var signIn = await client.GetDocumentAsync($"/groups/join/{setup.Group.JoinToken}");
        var register = signIn.QuerySelector("main a[href^='/account/register']")!.GetAttribute("href")!;
        var email = $"new-{Guid.NewGuid():N}@example.com";
        var page = await (await client.PostFormAsync(register,
            [new("Form.Email", email), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)])).ToDocumentAsync();

        Assert.Equal("Sign in", signIn.Text("h1"));
        Assert.Equal("Join Tuesday track", page.Text("h1"));
        Assert.Equal(email, page.Text("article.adherence h3"));
    }

    [Fact]
    public async Task Joining_twice_keeps_one_membership()
    {
        var setup = await SetUpAsync();

        await setup.Runner.PostFormAsync($"/groups/join/{setup.Group.JoinToken}", []);
        var again = await setup.Runner.GetDocumentAsync($"/groups/join/{setup.Group.JoinToken}");
        await setup.Runner.PostAsync($"/groups/join/{setup.Group.JoinToken}", new FormUrlEncodedContent(
            [new(Forms.TokenField, await setup.Runner.TokenFromAsync("/account/password"))]));

        Assert.StartsWith("You are a member of this group.", again.Text(".notice"));
        Assert.Null(again.QuerySelector("#join-title"));
        Assert.Equal(1, await app.WithDbAsync(db => db.GroupMembers.CountAsync(m => m.UserId == setup.RunnerId)));
    }

    private static SessionLog WithSlug(SessionLog log, string slug)
    {
        log.RoutineSlug = slug;
        return log;
    }

    private Task<string?> EmailOfAsync(string userId) => app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync());
}
