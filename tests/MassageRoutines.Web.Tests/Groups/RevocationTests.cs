using System.Net;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Pages.Coach;
using MassageRoutines.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Groups;

/// <summary>
/// What a group's coaches gave can be taken back: the join link, a member's place, a co-coach's.
/// Anonymous visitors, runners and coaches of other groups are refused every one of these posts in AccessControlTests.
/// </summary>
public class RevocationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Setup(SignedInCoach Owner, HttpClient CoCoach, string CoCoachId, string CoCoachEmail, Group Group);

    /// <summary>A group planning the owner's 5-minute post-run every day, with a second coach who is not the owner.</summary>
    private async Task<Setup> SetUpAsync()
    {
        var owner = await SignedInCoach.CreateAsync(app);
        var routine = await owner.PublishRoutineAsync(app, "post-run-quick");
        var group = await app.CreateGroupAsync(owner.UserId, "Tuesday track", [new PlanItem { RoutineSlug = routine, Timing = PlanTiming.Daily }]);
        var email = $"co-coach-{Guid.NewGuid():N}@example.com";
        var coCoachId = await app.CreateCoachAsync(email);
        await app.WithDbAsync(db =>
        {
            db.GroupCoaches.Add(new GroupCoach { GroupId = group.Id, UserId = coCoachId });
            return db.SaveChangesAsync();
        });
        return new(owner, await app.SignedInAsync(email), coCoachId, email, group);
    }

    private async Task<(HttpClient Client, string Id, string Email)> RunnerAsync()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var id = await app.CreateUserAsync(email);
        return (await app.SignedInAsync(email), id, email);
    }

    [Fact]
    public async Task A_coach_replaces_the_join_link_and_the_old_one_answers_not_found()
    {
        var setup = await SetUpAsync();
        var (runner, _, _) = await RunnerAsync();
        var url = $"/coach/groups/{setup.Group.Id}";
        var oldLink = $"/groups/join/{setup.Group.JoinToken}";
        Assert.Equal(HttpStatusCode.OK, (await runner.GetAsync(oldLink)).StatusCode);

        // A co-coach may: they share the link too.
        var page = await (await setup.CoCoach.PressAsync(await setup.CoCoach.GetDocumentAsync(url), "Replace join link")).ToDocumentAsync();

        var token = await app.WithDbAsync(db => db.Groups.Where(g => g.Id == setup.Group.Id).Select(g => g.JoinToken).SingleAsync());
        Assert.NotEqual(setup.Group.JoinToken, token);
        Assert.Equal(32, token.Length);
        Assert.StartsWith("Tuesday track has a new join link. The old one no longer works", page.Text("[role=status]"));
        var link = $"http://localhost/groups/join/{token}";
        Assert.Equal(link, page.Text("#join-title ~ p code"));
        var svg = page.QuerySelector("svg.qr-code")!;
        Assert.Equal(link, QrReader.ReadSvgPath(svg.QuerySelector("path")!.GetAttribute("d")!, int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2])));
        Assert.Equal(HttpStatusCode.NotFound, (await runner.GetAsync(oldLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await runner.PostFormAsync("/account/password", [], oldLink)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await runner.GetAsync($"/groups/join/{token}")).StatusCode);
    }

    [Fact]
    public async Task A_coach_removes_a_member_who_then_gets_no_plan_and_is_gone_from_every_page_of_the_coaches()
    {
        var setup = await SetUpAsync();
        var (runner, runnerId, email) = await RunnerAsync();
        await runner.PostFormAsync($"/groups/join/{setup.Group.JoinToken}", []);
        await app.WithDbAsync(db =>
        {
            var log = RunnerHistoryTests.Log(app.Clock.GetUtcNow().UtcDateTime.AddHours(-1), discomfort: 5);
            log.AccountId = runnerId;
            db.SessionLogs.Add(log);
            return db.SaveChangesAsync();
        });
        Assert.Equal("Tuesday track", (await runner.GetDocumentAsync("/plan")).Text("section.week-plan h2"));
        var url = $"/coach/groups/{setup.Group.Id}";
        Assert.Contains(email, await setup.Owner.Client.GetStringAsync($"{url}/adherence"));

        // A co-coach may remove members, as the owner may.
        var page = await (await setup.CoCoach.PressAsync(await setup.CoCoach.GetDocumentAsync(url), $"Remove {email} from the group")).ToDocumentAsync();

        Assert.Equal($"Removed {email} from Tuesday track.", page.Text("[role=status]"));
        Assert.Equal("No one has joined yet.", page.Text("#members-title ~ p"));
        foreach (var client in new[] { setup.Owner.Client, setup.CoCoach })
        {
            foreach (var coachPage in new[] { "/coach/groups", url, $"{url}/adherence", $"{url}/plan" })
            {
                Assert.DoesNotContain(email, await client.GetStringAsync(coachPage));
            }
        }
        Assert.StartsWith("You are in no group.", (await runner.GetDocumentAsync("/plan")).Text("main p"));
        Assert.Null((await runner.GetDocumentAsync("/")).QuerySelector("#from-coach-title"));
        Assert.False(await app.WithDbAsync(db => db.GroupMembers.AnyAsync(m => m.UserId == runnerId)));
        // Again, or someone who never was a member: not found.
        var again = await setup.Owner.Client.PostFormAsync(url, [new("member", runnerId)], $"{url}?handler=RemoveMember");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task The_owner_removes_a_co_coach_who_then_finds_nothing_of_the_group()
    {
        var setup = await SetUpAsync();
        var url = $"/coach/groups/{setup.Group.Id}";
        var ownerEmail = await app.WithDbAsync(db => db.Users.Where(u => u.Id == setup.Owner.UserId).Select(u => u.Email!).SingleAsync());
        var ownersPage = await setup.Owner.Client.GetDocumentAsync(url);
        Assert.Equal([$"{ownerEmail} (owner)", setup.CoCoachEmail], ownersPage.Texts("#coaches-title ~ ul li > span"));
        // Nobody is offered a button to remove the owner; a co-coach is offered none to remove coaches.
        Assert.DoesNotContain($"Remove {ownerEmail} as a coach", ownersPage.ButtonNames());
        Assert.DoesNotContain($"Remove {setup.CoCoachEmail} as a coach", (await setup.CoCoach.GetDocumentAsync(url)).ButtonNames());

        var page = await (await setup.Owner.Client.PressAsync(ownersPage, $"Remove {setup.CoCoachEmail} as a coach")).ToDocumentAsync();

        Assert.Equal($"{setup.CoCoachEmail} no longer coaches Tuesday track.", page.Text("[role=status]"));
        Assert.Equal([$"{ownerEmail} (owner)"], page.Texts("#coaches-title ~ ul li > span"));
        foreach (var coachPage in new[] { url, $"{url}/adherence", $"{url}/plan" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await setup.CoCoach.GetAsync(coachPage)).StatusCode);
        }
        Assert.DoesNotContain($"href=\"{url}\"", await setup.CoCoach.GetStringAsync("/coach/groups"));
        Assert.Contains($"href=\"{url}\"", await setup.Owner.Client.GetStringAsync("/coach/groups"));
    }

    [Fact]
    public async Task A_co_coach_removes_no_coach_and_nobody_removes_the_owner()
    {
        var setup = await SetUpAsync();
        var url = $"/coach/groups/{setup.Group.Id}";
        var third = $"coach-{Guid.NewGuid():N}@example.com";
        var thirdId = await app.CreateCoachAsync(third);
        await setup.Owner.Client.PostFormAsync(url, [new("CoachEmail", third)], $"{url}?handler=AddCoach");

        var byCoCoach = await setup.CoCoach.PostUnofferedAsync($"{url}?handler=RemoveCoach", [new("coach", thirdId)]);
        var ownerByCoCoach = await setup.CoCoach.PostUnofferedAsync($"{url}?handler=RemoveCoach", [new("coach", setup.Owner.UserId)]);
        var ownerByOwner = await setup.Owner.Client.PostUnofferedAsync($"{url}?handler=RemoveCoach", [new("coach", setup.Owner.UserId)]);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byCoCoach.StatusCode, ownerByCoCoach.StatusCode, ownerByOwner.StatusCode));
        Assert.Equal(3, await app.WithDbAsync(db => db.GroupCoaches.CountAsync(c => c.GroupId == setup.Group.Id)));
        Assert.True(await app.WithDbAsync(db => db.GroupCoaches.AnyAsync(c => c.GroupId == setup.Group.Id && c.UserId == setup.Owner.UserId && c.IsOwner)));
    }
}
