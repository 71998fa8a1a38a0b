using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Building;

/// <summary>A built routine is a real routine: it has a page, plays, and its sessions are checked, logged and shown in history.</summary>
public class BuiltRoutineTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> BuildAsync(HttpClient client, string query)
    {
        var built = await client.GetFromJsonAsync<JsonElement>($"/api/build?{query}");
        return built.GetProperty("routine").GetProperty("slug").GetString()!;
    }

    private static Task<HttpResponseMessage> PostKioskAsync(HttpClient client, string token, System.Text.Json.Nodes.JsonNode body) =>
        client.PostAsync($"/api/kiosks/{token}/sessions", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Its_session_is_checked_logged_shown_in_history_and_links_back_to_a_page_that_plays_it_again()
    {
        var client = await app.RunnerClientAsync();
        var slug = await BuildAsync(client, "phase=post-run&minutes=6&tools=ball&sore=calves");
        var log = await SessionRequests.CompletedAsync(client, slug);

        var response = await client.PostSessionAsync(log);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = log["id"]!.GetValue<Guid>();
        var stored = await app.WithDbAsync(db => db.SessionLogs.SingleAsync(l => l.Id == id));
        Assert.Equal((slug, 1, "Your post-run routine", SessionOutcome.Completed), (stored.RoutineSlug, stored.RoutineVersion, stored.RoutineName, stored.Outcome));
        Assert.Contains(stored.RegionSeconds, r => r.Region == Engine.BodyRegion.Calves);

        var history = await client.GetDocumentAsync("/history");
        var link = history.QuerySelectorAll("main table a").Single(a => a.GetAttribute("href") == $"/routines/{slug}");
        Assert.Equal("Your post-run routine", link.TextContent.Trim());

        var page = await client.GetDocumentAsync($"/routines/{slug}");
        Assert.Equal("Your post-run routine", page.Text("h1"));
        Assert.Equal($"/play/{slug}", page.QuerySelector("a.button")!.GetAttribute("href"));
        var steps = page.QuerySelectorAll(".steps > li").ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, step =>
        {
            Assert.StartsWith("Why this move:", step.QuerySelector(".why")!.TextContent.Trim());
            Assert.NotNull(step.QuerySelector("svg.pictogram[role=img]"));
            Assert.NotNull(step.QuerySelector("svg.body-map[role=img]"));
        });
        Assert.Contains(page.Texts(".why"), why => why.Contains("Sore spots on the calves"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/play/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Only_version_1_of_a_built_routine_exists_and_an_unknown_built_slug_is_not_found()
    {
        var client = await app.RunnerClientAsync();
        var slug = await BuildAsync(client, "phase=break&tools=hands");
        var log = await SessionRequests.CompletedAsync(client, slug);
        log["routineVersion"] = 2;

        var response = await client.PostSessionAsync(log);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("routine", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/routines/built-0000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/play/built-0000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/routines/built-0000000000000000/timeline")).StatusCode);
    }

    [Fact]
    public async Task A_kiosk_that_shows_a_chosen_few_takes_logs_of_routines_built_from_its_library_and_no_other()
    {
        var (kioskId, token) = await app.CreateKioskAsync(routines: ["pre-run-quick"]);
        var coach = await app.CreateCoachAsync($"other-gym-{Guid.NewGuid():N}@example.com");
        var otherLibrary = await app.CreateLibraryAsync(coach, $"Other gym {Guid.NewGuid():N}"[..20]);
        await app.PublishAllMovesAsync(otherLibrary.Id);
        var client = await app.RunnerClientAsync();
        var ours = await BuildAsync(client, "phase=post-run&tools=foam-roller&sore=shins");
        var theirs = await BuildAsync(client, $"phase=post-run&tools=foam-roller&sore=shins&library={otherLibrary.Slug}");

        var fromOurs = await PostKioskAsync(client, token, await SessionRequests.CompletedAsync(client, ours));
        var fromTheirs = await PostKioskAsync(client, token, await SessionRequests.CompletedAsync(client, theirs));

        Assert.Equal(HttpStatusCode.Created, fromOurs.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fromTheirs.StatusCode);
        var logged = await app.WithDbAsync(db => db.SessionLogs.Where(l => l.KioskId == kioskId).Select(l => l.RoutineSlug).ToListAsync());
        Assert.Equal([ours], logged);
    }

    [Fact]
    public async Task No_coach_routine_can_take_the_form_of_a_built_routines_slug()
    {
        var coach = await app.CreateCoachAsync($"slugs-{Guid.NewGuid():N}@example.com");
        var library = await app.CreateLibraryAsync(coach, $"Slugs {Guid.NewGuid():N}"[..20], copyDefault: false);
        var file = """
            { "schemaVersion": 1,
              "moves": [{ "slug": "slug-test-calf-roll", "name": "Calf roll", "regions": ["calves"], "tools": ["foam-roller"], "position": "seated",
                "phases": ["post-run"], "technique": "broad", "intensity": "moderate", "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120,
                "steps": ["Roll the calf."] }],
              "routines": [{ "slug": "built-0123456789abcdef", "name": "Calves", "phase": "post-run", "items": [{ "move": "slug-test-calf-roll" }] }] }
            """;

        var result = await app.WithDbAsync(db => Web.Libraries.LibraryImport.ImportAsync(db, library, file, app.Clock.GetUtcNow().UtcDateTime, CancellationToken.None));

        Assert.Contains(result.Problems, p => p.Path == "$.routines[0].slug" && p.Message.Contains("kept for built routines"));
        Assert.False(await app.WithDbAsync(db => db.Routines.AnyAsync(r => r.Slug == "built-0123456789abcdef")));
        Assert.True(Web.Libraries.SiteSlugs.IsBuilt("built-0123456789abcdef"));
        Assert.False(Web.Libraries.SiteSlugs.IsBuilt("built-for-speed"));
    }

    [Fact]
    public async Task The_player_gets_each_moves_pictogram_and_body_map_as_svg_with_their_text_alternatives()
    {
        var client = app.CreateClient();

        var pictures = await client.GetFromJsonAsync<JsonElement>("/api/moves/shin-grip-ankle-circles/pictures");

        var pictogram = pictures.GetProperty("pictogram").GetString()!;
        var bodyMap = pictures.GetProperty("bodyMap").GetString()!;
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pictogram picture-large\"", pictogram);
        Assert.Contains("role=\"img\" aria-label=\"Seated, with your hands\"", pictogram);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"body-map picture-large\"", bodyMap);
        Assert.Contains("aria-label=\"Body map of what this works: Shins, Calves\"", bodyMap);
        Assert.Equal(2, bodyMap.Split("worked").Length - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/moves/no-such-move/pictures")).StatusCode);
    }
}
