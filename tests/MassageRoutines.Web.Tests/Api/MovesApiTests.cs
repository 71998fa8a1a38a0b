using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Api;

public class MovesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Lists_every_published_move_in_camel_case_with_kebab_case_enums()
    {
        var moves = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/moves");

        Assert.Equal(13, moves.GetArrayLength());
        var itBand = moves.EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "it-band-quads-roll");
        Assert.Equal(["it-band", "quads"], itBand.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("lying-on-side", itBand.GetProperty("position").GetString());
        Assert.True(itBand.GetProperty("perSide").GetBoolean());
    }

    [Fact]
    public async Task Gets_one_move_with_steps_cues_and_credit()
    {
        var move = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/moves/low-back-hips-release");

        Assert.Equal("Low back and hips release", move.GetProperty("name").GetString());
        Assert.Equal(120, move.GetProperty("defaultSeconds").GetInt32());
        Assert.Equal(4, move.GetProperty("steps").GetArrayLength());
        Assert.Equal(0, move.GetProperty("cues")[0].GetProperty("atSecond").GetInt32());
        Assert.StartsWith("Michael Gaige", move.GetProperty("credit").GetProperty("expert").GetString());
    }

    [Fact]
    public async Task An_unknown_move_is_a_404_problem()
    {
        var response = await app.CreateClient().GetAsync("/api/moves/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Move not found", problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
