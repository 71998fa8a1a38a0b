using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Pages.Shared;

/// <summary>The header's links are written out by hand (see _Layout.cshtml): each must still be its page's route.</summary>
public class LayoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string PathOf(string page) => app.Services.GetRequiredService<LinkGenerator>().GetPathByPage(page)
        ?? throw new InvalidOperationException($"No route for {page}.");

    private async Task<List<(string Name, string Href)>> HeaderLinksAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        return home.QuerySelectorAll(".site-header a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();
    }

    [Fact]
    public async Task Each_header_link_is_its_pages_route_and_opens_for_whoever_sees_it()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(email);
        var coach = await app.SignedInAsync(email);

        var anonymous = await HeaderLinksAsync(app.CreateClient());
        var signedIn = await HeaderLinksAsync(coach);

        Assert.Equal(
            [("MassageRoutines", PathOf("/Index")), ("Routines", PathOf("/Routines/Index")), ("Moves", PathOf("/Moves/Index")),
             ("History", PathOf("/History/Index")), ("Sign in", PathOf("/Account/SignIn")), ("Register", PathOf("/Account/Register"))],
            anonymous);
        Assert.Equal(
            [("MassageRoutines", PathOf("/Index")), ("Routines", PathOf("/Routines/Index")), ("Moves", PathOf("/Moves/Index")),
             ("History", PathOf("/History/Index")), ("My routines", PathOf("/MyRoutines/Index")), ("Coach", PathOf("/Coach/Index")),
             (email, PathOf("/Account/Index")), ("Sign out", PathOf("/Account/SignOut"))],
            signedIn);
        foreach (var (_, href) in signedIn)
        {
            Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(href)).StatusCode);
        }
    }
}
