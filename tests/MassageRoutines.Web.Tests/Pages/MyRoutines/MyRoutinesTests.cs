using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.MyRoutines;

public class MyRoutinesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> BuildAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/build?{query}")).GetProperty("routine").GetProperty("slug").GetString()!;

    private static Task<HttpResponseMessage> KeepAsync(HttpClient client, string slug, string name) =>
        client.PostFormAsync("/build?phase=break", [new("slug", slug), new("name", name)], "/my-routines?handler=Keep");

    private async Task<HttpClient> RunnerAsync()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        return await app.SignedInAsync(email, followRedirects: false);
    }

    private Task<List<Web.Data.SavedRoutine>> KeptAsync() => app.WithDbAsync(db => db.SavedRoutines.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_sign_in()
    {
        var response = await app.NoRedirects().GetAsync("/my-routines");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_runner_keeps_a_built_routine_under_a_name_renames_it_and_removes_it()
    {
        var runner = await RunnerAsync();
        var slug = await BuildAsync(runner, "phase=post-run&minutes=7&tools=foam-roller&sore=hamstrings");

        var kept = await KeepAsync(runner, slug, "  Track night cool-down ");

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var page = await runner.GetDocumentAsync("/my-routines");
        Assert.Equal("Kept \"Track night cool-down\" under My routines.", page.Text("[role=status]"));
        var card = page.QuerySelector(".cards > li")!;
        Assert.Equal("Track night cool-down", card.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal($"/routines/{slug}", card.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/play/{slug}");

        // Keeping it again renames it rather than keeping it twice.
        await KeepAsync(runner, slug, "Tuesday cool-down");
        var saved = Assert.Single(await KeptAsync(), s => s.Name is "Tuesday cool-down" or "Track night cool-down");
        Assert.Equal("Tuesday cool-down", saved.Name);

        var renamed = await runner.PostFormAsync("/my-routines", [new("id", saved.Id.ToString()), new("name", "Hamstring helper")], "/my-routines?handler=Rename");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Hamstring helper", (await KeptAsync()).Single(s => s.Id == saved.Id).Name);

        var removed = await runner.PostFormAsync("/my-routines", [new("id", saved.Id.ToString())], "/my-routines?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(await KeptAsync(), s => s.Id == saved.Id);
        // The routine itself stays: its sessions and address live on.
        Assert.Equal(HttpStatusCode.OK, (await runner.GetAsync($"/routines/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_runner_sees_and_changes_only_their_own()
    {
        var owner = await RunnerAsync();
        var other = await RunnerAsync();
        var slug = await BuildAsync(owner, "phase=post-run&minutes=9&tools=ball");
        await KeepAsync(owner, slug, "Owner's own");
        var saved = (await KeptAsync()).Single(s => s.Name == "Owner's own");

        var othersPage = await other.GetDocumentAsync("/my-routines");
        var rename = await other.PostUnofferedAsync("/my-routines?handler=Rename", [new("id", saved.Id.ToString()), new("name", "Taken over")]);
        var remove = await other.PostUnofferedAsync("/my-routines?handler=Remove", [new("id", saved.Id.ToString())]);

        Assert.DoesNotContain("Owner's own", othersPage.Text("main"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (rename.StatusCode, remove.StatusCode));
        Assert.Equal("Owner's own", (await KeptAsync()).Single(s => s.Id == saved.Id).Name);
    }

    [Fact]
    public async Task A_bad_name_or_a_routine_that_was_not_built_is_refused_by_field_and_nothing_is_kept()
    {
        var runner = await RunnerAsync();
        var slug = await BuildAsync(runner, "phase=break&minutes=4");
        var before = (await KeptAsync()).Count;

        var blank = await (await KeepAsync(runner, slug, "   ")).ToDocumentAsync();
        var tooLong = await (await KeepAsync(runner, slug, new string('n', 81))).ToDocumentAsync();
        var notBuilt = await (await KeepAsync(runner, "post-run-quick", "A seeded one")).ToDocumentAsync();

        Assert.Contains("Give it a name", blank.Text(".error-summary"));
        Assert.Contains("at most 80 characters", tooLong.Text(".error-summary"));
        Assert.Equal("#slug", notBuilt.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Contains("Only a routine built for you can be kept here", notBuilt.Text(".error-summary"));
        Assert.Equal(before, (await KeptAsync()).Count);
    }
}
