using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Api;

public class RoutinesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<JsonElement> GetJson(string url) => app.CreateClient().GetFromJsonAsync<JsonElement>(url);

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    [Fact]
    public async Task Lists_routines_with_slug_name_phase_total_regions_and_tools()
    {
        var routines = await GetJson("/api/routines");

        Assert.Equal(5, routines.GetArrayLength());
        var preRun = routines.EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "pre-run-full");
        Assert.Equal("Full pre-run routine", preRun.GetProperty("name").GetString());
        Assert.Equal("pre-run", preRun.GetProperty("phase").GetString());
        Assert.Equal(400, preRun.GetProperty("totalSeconds").GetInt32());
        Assert.Equal(["low-back", "hips", "it-band", "quads", "glutes", "hip-rotators"], Strings(preRun.GetProperty("regions")));
        Assert.Equal(["foam-roller", "massage-stick", "bolster"], Strings(preRun.GetProperty("tools")));
    }

    [Fact]
    public async Task Filters_with_the_same_keys_as_the_routines_page()
    {
        var routines = await GetJson("/api/routines?phase=post-run&region=shins");

        Assert.Equal(["post-run-full", "post-run-quick"], routines.EnumerateArray().Select(r => r.GetProperty("slug").GetString()).Order());
    }

    [Fact]
    public async Task An_unknown_filter_value_is_a_400_problem_naming_the_key()
    {
        var response = await app.CreateClient().GetAsync("/api/routines?tool=kettlebell");

        await AssertValidationProblem(response, "tool", "'kettlebell' is not a known tool");
    }

    [Fact]
    public async Task Gets_a_routine_with_its_items_in_order()
    {
        var routine = await GetJson("/api/routines/post-run-quick");

        Assert.Equal(1, routine.GetProperty("version").GetInt32());
        var items = routine.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["leg-broad-strokes", "shin-grip-ankle-circles", "glutes-hips-adductors-ball"], items.Select(i => i.GetProperty("move").GetString()));
        Assert.Equal([45, 40, 45], items.Select(i => i.GetProperty("seconds").GetInt32()));
        Assert.All(items, i => Assert.Equal("both", i.GetProperty("sides").GetString()));
        Assert.Equal(0, routine.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task The_default_timeline_opens_pre_run_with_a_warm_up_gate()
    {
        var timeline = await GetJson("/api/routines/pre-run-full/timeline");

        var segments = timeline.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(("gate", 0), (segments[0].GetProperty("kind").GetString(), segments[0].GetProperty("seconds").GetInt32()));
        Assert.Equal(JsonValueKind.Null, segments[0].GetProperty("move").ValueKind);
        Assert.Equal(["prepare", "work"], segments.Skip(1).Take(2).Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(400, timeline.GetProperty("totalSeconds").GetInt32());
        Assert.Equal("pre-run-full", timeline.GetProperty("routine").GetProperty("slug").GetString());
        Assert.Equal(120, timeline.GetProperty("secondsByRegion").GetProperty("low-back").GetInt32());
    }

    [Fact]
    public async Task A_timed_warm_up_and_a_five_minute_target_shape_the_timeline()
    {
        var timeline = await GetJson("/api/routines/pre-run-full/timeline?minutes=5&warmup=timed");

        var segments = timeline.GetProperty("segments").EnumerateArray().ToList();
        var warmUp = segments.TakeWhile(s => s.GetProperty("kind").GetString() == "warm-up").ToList();
        Assert.Equal(["easy-jog", "butt-kicks", "jumping-jacks", "high-knees"], warmUp.Select(s => s.GetProperty("move").GetString()));
        Assert.Equal(300, timeline.GetProperty("boutSeconds").GetInt32());
        Assert.Equal(900, timeline.GetProperty("totalSeconds").GetInt32());
        var side = segments.First(s => s.GetProperty("kind").GetString() == "switch-sides");
        Assert.Equal("right", side.GetProperty("side").GetString());
        Assert.Contains(timeline.GetProperty("moves").EnumerateArray(), m => m.GetProperty("slug").GetString() == "easy-jog");
    }

    [Fact]
    public async Task Continuing_lighter_plays_every_segment_gentle()
    {
        var timeline = await GetJson("/api/routines/post-run-full/timeline?intensity=gentle");

        Assert.All(timeline.GetProperty("segments").EnumerateArray(), s => Assert.Equal("gentle", s.GetProperty("intensity").GetString()));
    }

    [Theory]
    [InlineData("minutes=abc", "minutes")]
    [InlineData("minutes=0", "minutes")]
    [InlineData("minutes=31", "minutes")]
    [InlineData("warmup=skip", "warmup")]
    [InlineData("intensity=brutal", "intensity")]
    public async Task A_bad_timeline_option_is_a_400_problem_naming_it(string query, string key)
    {
        var response = await app.CreateClient().GetAsync($"/api/routines/pre-run-full/timeline?{query}");

        await AssertValidationProblem(response, key, "");
    }

    [Theory]
    [InlineData("/api/routines/nope")]
    [InlineData("/api/routines/nope/timeline")]
    public async Task An_unknown_routine_is_a_404_problem(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Routine not found", problem.GetProperty("title").GetString());
        Assert.Contains("'nope'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        var document = await GetJson("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/routines/{slug}/timeline", paths);
        Assert.Contains("/api/moves/{slug}", paths);
    }

    private static async Task AssertValidationProblem(HttpResponseMessage response, string key, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal([key], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains(message, errors.GetProperty(key)[0].GetString());
    }
}
