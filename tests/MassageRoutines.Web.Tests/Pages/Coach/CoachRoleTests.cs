using System.Net;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Pages.Coach;

/// <summary>
/// Taking the coach role back on /coach/team. Each test counts the site's coaches, so each has an app of its
/// own. Anonymous visitors and runners are refused the post in AccessControlTests.
/// </summary>
public class CoachRoleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_only_coach_cannot_take_the_role_from_themself()
    {
        await using var app = new AppFactory();
        app.Clock.Pin(Now);
        await app.CreateCoachAsync("only@example.com");
        var only = await app.SignedInAsync("only@example.com");

        var page = await (await only.PressAsync(await only.GetDocumentAsync("/coach/team"), "Take coach role from only@example.com")).ToDocumentAsync();

        Assert.Equal(CoachAccounts.LastCoachMessage, page.Text("#coaches-title ~ [role=alert]"));
        Assert.Empty(page.Summary()); // the "Make coach" form is not blamed
        Assert.Equal(["only@example.com"], page.Texts("main ul li > span"));
        app.Clock.Pin(Now + Interval(app) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await only.GetAsync("/coach")).StatusCode);
    }

    [Fact]
    public async Task A_coach_takes_the_role_from_another_who_loses_the_coach_pages_within_the_interval_and_the_last_coach_stays()
    {
        await using var app = new AppFactory();
        app.Clock.Pin(Now);
        await app.CreateCoachAsync("ann@example.com");
        var bobId = await app.CreateCoachAsync("bob@example.com");
        var ann = await app.SignedInAsync("ann@example.com");
        var bob = await app.SignedInAsync("bob@example.com");
        var bobsToken = await bob.TokenFromAsync("/coach/team");
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/coach")).StatusCode);

        var page = await (await ann.PressAsync(await ann.GetDocumentAsync("/coach/team"), "Take coach role from bob@example.com")).ToDocumentAsync();

        Assert.StartsWith("bob@example.com is no longer a coach.", page.Text("[role=status]"));
        Assert.Equal(["ann@example.com"], page.Texts("main ul li > span"));
        Assert.False(await app.WithDbAsync(async db =>
            await db.UserRoles.AnyAsync(r => r.UserId == bobId && db.Roles.Any(role => role.Id == r.RoleId && role.Name == AccountsSetup.CoachRole))));

        // Roles ride in the sign-in cookie: Identity's security stamp validator reads them again once its
        // interval has passed since the cookie was issued, and from that request on Bob is a runner, still signed in.
        app.Clock.Pin(Now + Interval(app) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.GetAsync("/coach")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.PostAsync("/coach/team?handler=TakeRole",
            new FormUrlEncodedContent([new("coach", bobId), new(Forms.TokenField, bobsToken)]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/account")).StatusCode);

        // Ann is now the last coach: she cannot take the role from herself, nor from Bob again.
        var last = await (await ann.PressAsync(await ann.GetDocumentAsync("/coach/team"), "Take coach role from ann@example.com")).ToDocumentAsync();
        var again = await ann.PostFormAsync("/coach/team", [new("coach", bobId)], "/coach/team?handler=TakeRole");

        Assert.Equal(CoachAccounts.LastCoachMessage, last.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ann.GetAsync("/coach")).StatusCode);
    }

    [Fact]
    public async Task Two_coaches_taking_the_role_from_each_other_at_once_leave_one_coach()
    {
        await using var app = new AppFactory();
        var ann = await app.CreateCoachAsync("ann@example.com");
        var bob = await app.CreateCoachAsync("bob@example.com");

        async Task<CoachRoleTaken> TakeAsync(string from)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<CoachRoles>().TakeAsync(from, CancellationToken.None)).Outcome;
        }
        var outcomes = await Task.WhenAll(TakeAsync(bob), TakeAsync(ann));

        Assert.Equal([CoachRoleTaken.Taken, CoachRoleTaken.LastCoach], outcomes.Order());
        await using var check = app.Services.CreateAsyncScope();
        Assert.Single(await check.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().GetUsersInRoleAsync(AccountsSetup.CoachRole));
    }

    private static TimeSpan Interval(AppFactory app) => app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
}
