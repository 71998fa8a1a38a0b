using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Offline;
using MassageRoutines.Web.Tests.Pages.Coach;

namespace MassageRoutines.Web.Tests.Offline;

/// <summary>GET /api/offline/manifest: what the runner's service worker keeps for offline play, and its version.</summary>
public class OfflineManifestTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Url = "/api/offline/manifest";

    private static async Task<OfflineManifest> ManifestAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<OfflineManifest>(Url, JsonSerializerOptions.Web))!;

    [Fact]
    public async Task Lists_each_published_routine_its_player_every_timeline_the_player_asks_for_and_the_pictures()
    {
        var response = await app.CreateClient().GetAsync(Url);
        var manifest = (await response.Content.ReadFromJsonAsync<OfflineManifest>(JsonSerializerOptions.Web))!;

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("", manifest.Person);
        Assert.Subset(manifest.Urls.ToHashSet(), new HashSet<string>
        {
            "/", "/routines", "/routines/midday-movement-break", "/play/midday-movement-break", "/play/pre-run-full",
            // As written, 5 and 10 minutes, each also lighter; a pre-run routine also with each warm-up choice.
            "/api/routines/post-run-quick/timeline?", "/api/routines/post-run-quick/timeline?intensity=gentle",
            "/api/routines/post-run-quick/timeline?minutes=10", "/api/routines/post-run-quick/timeline?minutes=10&intensity=gentle",
            "/api/routines/pre-run-quick/timeline?minutes=5&warmup=timed", "/api/routines/pre-run-quick/timeline?warmup=gate&intensity=gentle",
            "/api/moves/leg-broad-strokes/pictures", "/api/moves/shin-grip-ankle-circles/pictures",
        });
        string[] seeded = ["pre-run-full", "pre-run-quick", "post-run-full", "post-run-quick", "midday-movement-break"];
        Assert.Equal(5 * 2 + 2 * 12 + 3 * 6, manifest.Urls.Count(u => seeded.Any(s =>
            u == $"/routines/{s}" || u == $"/play/{s}" || u.StartsWith($"/api/routines/{s}/timeline?", StringComparison.Ordinal))));
        Assert.Equal(manifest.Urls.Count, manifest.Urls.Distinct().Count());
    }

    [Fact]
    public async Task Every_address_listed_answers_an_anonymous_visitor_well_within_the_budget()
    {
        var client = app.CreateClient();
        var manifest = await ManifestAsync(client);
        long bytes = 0;
        foreach (var url in manifest.Urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            bytes += (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        // The worker also keeps the style sheets and modules (measured in the browser: docs/performance.md).
        Assert.True(bytes < 1_000_000, $"The listed answers alone are {bytes} bytes.");
    }

    [Fact]
    public async Task Each_language_is_its_own_version_and_the_worker_is_told_which_to_ask_for()
    {
        var english = await ManifestAsync(app.CreateClient());
        var spanishClient = app.AskingFor("es");
        var spanish = await ManifestAsync(spanishClient);

        Assert.Equal("en", english.Language);
        Assert.Equal("es", spanish.Language);
        Assert.NotEqual(english.Version, spanish.Version);
        Assert.Equal(english.Urls, spanish.Urls);
        // What the worker then fetches, without cookies, asking for the manifest's language.
        var kept = app.AskingFor(spanish.Language);
        Assert.Equal("es", (await kept.GetDocumentAsync("/routines")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_version_stays_until_a_coach_publishes_then_lists_the_new_routine()
    {
        var client = app.CreateClient();
        var before = await ManifestAsync(client);
        Assert.Equal(before, await ManifestAsync(client) with { Urls = before.Urls });

        var coach = await SignedInCoach.CreateAsync(app);
        var slug = await coach.PublishRoutineAsync(app, "midday-movement-break");

        var after = await ManifestAsync(client);
        Assert.NotEqual(before.Version, after.Version);
        Assert.Contains($"/play/{slug}", after.Urls);
    }

    [Fact]
    public async Task A_member_also_keeps_what_their_groups_plan_under_a_person_and_version_of_their_own()
    {
        var coachId = await app.CreateCoachAsync($"coach-{Guid.NewGuid():N}@example.com");
        var built = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/build?phase=post-run&minutes=6");
        var slug = built.GetProperty("routine").GetProperty("slug").GetString()!;
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var runnerId = await app.CreateUserAsync(email);
        await app.CreateGroupAsync(coachId, "Track", [new PlanItem { RoutineSlug = slug, Timing = PlanTiming.Daily }], runnerId);

        var member = await ManifestAsync(await app.SignedInAsync(email));
        var anonymous = await ManifestAsync(app.CreateClient());

        Assert.Contains($"/play/{slug}", member.Urls);
        Assert.DoesNotContain($"/play/{slug}", anonymous.Urls);
        Assert.Matches("^[0-9a-f]{16}$", member.Person);
        Assert.DoesNotContain(runnerId, member.Person);
        Assert.NotEqual(anonymous.Version, member.Version);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/play/{slug}")).StatusCode);
    }
}
