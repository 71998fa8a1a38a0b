using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Api;

public class SessionPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A runner with this many sessions, an hour apart (two sharing a start time), newest last; returns their ids newest first.</summary>
    private async Task<(HttpClient Client, List<Guid> NewestFirst)> RunnerWithSessionsAsync(int count)
    {
        var client = await app.RunnerClientAsync();
        var first = await SessionRequests.CompletedAsync(client);
        Assert.Equal(HttpStatusCode.Created, (await client.PostSessionAsync(first)).StatusCode);
        var ids = await app.WithDbAsync(async db =>
        {
            var stored = await db.SessionLogs.AsNoTracking().SingleAsync(l => l.Id == first["id"]!.GetValue<Guid>());
            for (var i = 1; i < count; i++)
            {
                var start = stored.StartedAt.AddHours(-(i == 2 ? 1 : i));
                db.SessionLogs.Add(new SessionLog
                {
                    Id = Guid.NewGuid(), RoutineSlug = stored.RoutineSlug, RoutineName = stored.RoutineName, RoutineVersion = stored.RoutineVersion,
                    DeviceId = stored.DeviceId, StartedAt = start, EndedAt = start.AddMinutes(5), Outcome = stored.Outcome,
                    ActiveSeconds = stored.ActiveSeconds, Fingerprint = "x", ReceivedAt = start,
                });
            }
            await db.SaveChangesAsync();
            return await db.SessionLogs.Where(l => l.DeviceId == stored.DeviceId).OrderByDescending(l => l.StartedAt).ThenByDescending(l => l.Id)
                .Select(l => l.Id).ToListAsync();
        });
        return (client, ids);
    }

    [Fact]
    public async Task Sessions_come_twenty_a_page_and_the_link_header_leads_to_the_next_until_the_last()
    {
        var (client, newestFirst) = await RunnerWithSessionsAsync(45);

        var seen = new List<Guid>();
        var url = "/api/sessions";
        var pages = 0;
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            var page = await response.Content.ReadFromJsonAsync<List<JsonElement>>();
            seen.AddRange(page!.Select(s => s.GetProperty("id").GetGuid()));
            pages++;
            url = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
        }

        Assert.Equal(3, pages);
        Assert.Equal(newestFirst, seen);
    }

    [Fact]
    public async Task A_cursor_or_limit_the_api_did_not_give_out_is_a_400_naming_it()
    {
        var client = await app.RunnerClientAsync();

        var cursor = await client.GetAsync("/api/sessions?cursor=not-a-cursor");
        var limit = await client.GetAsync("/api/sessions?limit=1000");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (cursor.StatusCode, limit.StatusCode));
        Assert.True((await cursor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cursor", out _));
        Assert.True((await limit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task A_runner_downloads_every_session_as_csv_and_as_json()
    {
        var (client, newestFirst) = await RunnerWithSessionsAsync(130);

        var csv = await client.GetAsync("/api/sessions/export.csv");
        var json = await client.GetAsync("/api/sessions/export.json");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("sessions.csv", csv.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,routine,routine_name", lines[0]);
        Assert.Equal(newestFirst.Select(id => id.ToString()), lines.Skip(1).Select(l => l.Split(',')[0]));
        var all = await json.Content.ReadFromJsonAsync<List<JsonElement>>();
        Assert.Equal(newestFirst, all!.Select(s => s.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_browser_with_no_sessions_downloads_empty_files()
    {
        var client = app.CreateClient();

        Assert.Equal("id,routine,routine_name,routine_version,started_at,ended_at,outcome,active_seconds,discomfort,sore_regions,notes",
            (await client.GetStringAsync("/api/sessions/export.csv")).Trim());
        Assert.Equal("[]", await client.GetStringAsync("/api/sessions/export.json"));
    }
}
