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
        var answer = await client.GetAsync($"/api/routines/{routine}/timeline");
        answer.EnsureSuccessStatusCode();
        var timeline = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var segments = timeline.GetProperty("segments").EnumerateArray().ToList();
        var ended = endedAt ?? ServerNow(client, answer).AddMinutes(-1);
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

    /// <summary>
    /// The server's now: the test clock of an app in this process, else (an app in a process of its own)
    /// the time the server stamped on its answer.
    /// </summary>
    private static DateTimeOffset ServerNow(HttpClient client, HttpResponseMessage answer) =>
        AppFactory.ClockOf(client)?.GetUtcNow() ?? answer.Headers.Date
            ?? throw new InvalidOperationException("This client's server has no test clock and sends no Date header: give endedAt.");

    public static Task<HttpResponseMessage> PostSessionAsync(this HttpClient client, JsonNode body) =>
        client.PostAsync("/api/sessions", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
}
