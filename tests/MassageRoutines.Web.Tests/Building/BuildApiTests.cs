using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Building;

public class BuildApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string PostRunQuery = "phase=post-run&minutes=8&tools=foam-roller,hands&sore=calves,it-band";

    private static async Task<JsonElement> BuildAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/build?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string SlugOf(JsonElement built) => built.GetProperty("routine").GetProperty("slug").GetString()!;

    private Task<int> StoredAsync(string slug) => app.WithDbAsync(db => db.BuiltRoutines.CountAsync(b => b.Slug == slug));

    [Fact]
    public async Task The_timeline_of_a_built_routine_has_the_same_shape_as_a_routines_with_a_why_on_each_work_segment()
    {
        var client = app.CreateClient();

        var built = await BuildAsync(client, PostRunQuery);

        var slug = SlugOf(built);
        Assert.Matches("^built-[0-9a-f]{16}$", slug);
        Assert.Equal(("Your post-run routine", "post-run", 1), (built.GetProperty("routine").GetProperty("name").GetString(),
            built.GetProperty("routine").GetProperty("phase").GetString(), built.GetProperty("routine").GetProperty("version").GetInt32()));
        // Every key the player reads from /api/routines/{slug}/timeline is there, with the same values.
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/routines/{slug}/timeline");
        foreach (var key in new[] { "routine", "totalSeconds", "boutSeconds", "warnings", "moves", "secondsByRegion" })
        {
            Assert.Equal(timeline.GetProperty(key).GetRawText(), built.GetProperty(key).GetRawText());
        }
        Assert.InRange(built.GetProperty("boutSeconds").GetInt32(), 8 * 60 - 15, 8 * 60 + 15);

        var segments = built.GetProperty("segments").EnumerateArray().ToList();
        var plain = timeline.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(plain.Count, segments.Count);
        foreach (var (segment, same) in segments.Zip(plain))
        {
            var isWork = segment.GetProperty("kind").GetString() == "work";
            Assert.Equal(isWork, segment.TryGetProperty("why", out var why));
            Assert.False(same.TryGetProperty("why", out _));
            if (isWork)
            {
                Assert.False(string.IsNullOrWhiteSpace(why.GetString()));
            }
        }
        Assert.Contains(segments, s => s.TryGetProperty("why", out var why) && why.GetString() == "Sore spots on the calves: extra time while your muscles are still warm.");
        Assert.Equal(JsonValueKind.Array, built.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task The_same_inputs_give_the_same_routine_stored_once_however_they_are_spelled()
    {
        var client = app.CreateClient();

        var first = await BuildAsync(client, PostRunQuery);
        var again = await BuildAsync(client, PostRunQuery);
        var repeatedKeys = await BuildAsync(client, "phase=post-run&tools=hands&tools=foam-roller&sore=it-band&sore=calves");
        var other = await BuildAsync(client, "phase=post-run&minutes=12&tools=foam-roller,hands&sore=calves,it-band");

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(SlugOf(first), SlugOf(repeatedKeys));
        Assert.NotEqual(SlugOf(first), SlugOf(other));
        Assert.Equal(1, await StoredAsync(SlugOf(first)));
        var stored = await app.WithDbAsync(db => db.BuiltRoutines.Include(b => b.Library).SingleAsync(b => b.Slug == SlugOf(first)));
        Assert.Equal(Library.DefaultSlug, stored.Library!.Slug);
        Assert.StartsWith(SlugOf(first)["built-".Length..], stored.Hash);
        Assert.Equal(first.GetProperty("segments").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "work") / 2, stored.Whys.Count);
    }

    [Fact]
    public async Task Built_at_the_same_moment_by_many_it_is_still_stored_once()
    {
        var query = "phase=break&minutes=6&tools=hands";

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.CreateClient().GetAsync($"/api/build?{query}")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var slugs = await Task.WhenAll(answers.Select(async a => SlugOf(await a.Content.ReadFromJsonAsync<JsonElement>())));
        Assert.Single(slugs.Distinct());
        Assert.Equal(1, await StoredAsync(slugs[0]));
    }

    [Theory]
    [InlineData("minutes=8", "phase", "Required: one of pre-run, post-run, break.")]
    [InlineData("phase=after", "phase", "'after' is not a known phase")]
    [InlineData("phase=post-run&minutes=25", "minutes", "Minutes must be between 3 and 20 (it is 25).")]
    [InlineData("phase=post-run&minutes=eight", "minutes", "'eight' is not a whole number of minutes from 3 to 20.")]
    [InlineData("phase=post-run&tools=foam-roller,saw", "tools", "'saw' is not a known tool")]
    [InlineData("phase=post-run&sore=full-body", "sore", "'full-body' is not a known sore spot")]
    [InlineData("phase=post-run&ranHard=maybe", "ranHard", "'maybe' is not yes or no")]
    [InlineData("phase=pre-run&ranHard=true", "ranHard", "\"Ran hard today\" applies only after a run.")]
    [InlineData("phase=post-run&library=no-such-library", "library", "No library has the slug 'no-such-library'.")]
    public async Task A_bad_value_is_a_400_naming_its_key_and_nothing_is_built(string query, string key, string message)
    {
        var before = await app.WithDbAsync(db => db.BuiltRoutines.CountAsync());

        var response = await app.CreateClient().GetAsync($"/api/build?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith(message, errors.GetProperty(key)[0].GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.BuiltRoutines.CountAsync()));
    }

    [Fact]
    public async Task Every_bad_key_is_named_at_once()
    {
        var response = await app.CreateClient().GetAsync("/api/build?minutes=x&tools=saw&sore=elbow&ranHard=2&library=none");

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["library", "minutes", "phase", "ranHard", "sore", "tools"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task When_no_move_can_be_done_the_answer_is_422_with_the_notes_and_nothing_is_stored()
    {
        var before = await app.WithDbAsync(db => db.BuiltRoutines.CountAsync());

        var response = await app.CreateClient().GetAsync("/api/build?phase=pre-run");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("nothing-to-do", problem.GetProperty("notes")[0].GetProperty("code").GetString());
        Assert.Contains("you would need a foam roller", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.BuiltRoutines.CountAsync()));
    }

    [Fact]
    public async Task A_library_named_is_built_from_its_own_published_moves_as_they_are_now()
    {
        var coach = await app.CreateCoachAsync($"club-{Guid.NewGuid():N}@example.com");
        var library = await app.CreateLibraryAsync(coach, $"Club {Guid.NewGuid():N}"[..20]);
        var clubMoves = await app.WithDbAsync(db => db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).ToListAsync());
        var query = $"phase=post-run&tools=foam-roller&library={library.Slug}";

        // A copy's moves are drafts: nothing to build from until the coach publishes them.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await app.CreateClient().GetAsync($"/api/build?{query}")).StatusCode);
        await app.PublishAllMovesAsync(library.Id);
        var built = await BuildAsync(app.CreateClient(), query);

        Assert.All(built.GetProperty("moves").EnumerateArray(), move => Assert.Contains(move.GetProperty("slug").GetString(), clubMoves));
        var stored = await app.WithDbAsync(db => db.BuiltRoutines.SingleAsync(b => b.Slug == SlugOf(built)));
        Assert.Equal(library.Id, stored.LibraryId);
    }

    [Fact]
    public async Task A_runner_who_stopped_for_pain_in_their_glutes_gets_gentle_broad_strokes_there_and_no_point_work()
    {
        var client = await app.RunnerClientAsync();
        var log = await SessionRequests.CompletedAsync(client, "post-run-quick");
        log["outcome"] = "stopped-for-pain";
        log["painEvents"] = new JsonArray(new JsonObject { ["segmentIndex"] = 7, ["symptom"] = "sharp-pain", ["region"] = "glutes", ["choice"] = "end-session" });
        var segments = log["segments"]!.AsArray();
        while (segments.Count > 8)
        {
            segments.RemoveAt(segments.Count - 1);
        }
        Assert.Equal(HttpStatusCode.Created, (await client.PostSessionAsync(log)).StatusCode);

        var theirs = await BuildAsync(client, "phase=post-run&tools=foam-roller,ball");
        var anyones = await BuildAsync(app.CreateClient(), "phase=post-run&tools=foam-roller,ball");

        Assert.NotEqual(SlugOf(anyones), SlugOf(theirs));
        var moves = theirs.GetProperty("moves").EnumerateArray().ToDictionary(m => m.GetProperty("slug").GetString()!);
        Assert.DoesNotContain("glutes-hips-adductors-ball", moves.Keys);
        var broad = theirs.GetProperty("segments").EnumerateArray().First(s => s.GetProperty("move").GetString() == "leg-broad-strokes" && s.GetProperty("kind").GetString() == "work");
        Assert.Equal("gentle", broad.GetProperty("intensity").GetString());
        Assert.Equal("Gentle broad strokes only: you stopped for pain on the glutes in the last day.", broad.GetProperty("why").GetString());
    }
}
