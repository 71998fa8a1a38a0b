using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MassageRoutines.Web.Tests.Api;

/// <summary>Builds session logs the way the player does, from the server's own timeline.</summary>
internal static class SessionRequests
{
    /// <summary>A client with this browser's cookies and an antiforgery token in place.</summary>
    public static async Task<HttpClient> RunnerClientAsync(this AppFactory app)
    {
        var client = app.CreateClient();
        var token = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return client;
    }

    /// <summary>A completed session of the routine as authored, every segment played in full.</summary>
    public static async Task<JsonObject> CompletedAsync(HttpClient client, string routine = "post-run-quick", DateTimeOffset? endedAt = null)
    {
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/routines/{routine}/timeline");
        var segments = timeline.GetProperty("segments").EnumerateArray().ToList();
        var ended = endedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        var total = segments.Sum(s => s.GetProperty("seconds").GetInt32());
        return new JsonObject
        {
            ["id"] = Guid.NewGuid(),
            ["routine"] = routine,
            ["routineVersion"] = timeline.GetProperty("routine").GetProperty("version").GetInt32(),
            ["minutes"] = null,
            ["warmUp"] = "gate",
            ["startedAt"] = ended.AddSeconds(-total - 30),
            ["endedAt"] = ended,
            ["outcome"] = "completed",
            ["segments"] = new JsonArray(segments.Select(s => (JsonNode)new JsonObject
            {
                ["index"] = s.GetProperty("index").GetInt32(),
                ["actualSeconds"] = s.GetProperty("seconds").GetInt32(),
                ["skipped"] = false,
            }).ToArray()),
            ["painEvents"] = new JsonArray(),
            ["discomfort"] = 3,
            ["soreRegions"] = new JsonArray("calves"),
            ["notes"] = "Felt loose afterwards.",
        };
    }

    public static Task<HttpResponseMessage> PostSessionAsync(this HttpClient client, JsonNode body) =>
        client.PostAsync("/api/sessions", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
}
