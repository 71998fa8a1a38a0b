using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Api;

public class SessionsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> StoredCountAsync(Guid id) => app.WithDbAsync(db => db.SessionLogs.CountAsync(l => l.Id == id));

    [Fact]
    public async Task A_new_session_is_stored_with_201_and_its_location()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = body["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/sessions/{id}", response.Headers.Location!.OriginalString);
        var stored = await app.WithDbAsync(db => db.SessionLogs.SingleAsync(l => l.Id == id));
        Assert.Equal(("post-run-quick", "5-minute post-run", 1, SessionOutcome.Completed), (stored.RoutineSlug, stored.RoutineName, stored.RoutineVersion, stored.Outcome));
        Assert.Equal(12, stored.Segments.Count);
        Assert.Equal(305, stored.ActiveSeconds);
        Assert.Equal(OwnerKind.Device, stored.Owner.Kind);
        Assert.Equal(3, stored.Discomfort);
        Assert.Equal([BodyRegion.Calves], stored.SoreRegions);
    }

    [Fact]
    public async Task Massage_time_per_region_is_worked_out_from_the_timeline()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);

        var created = await (await client.PostSessionAsync(body)).Content.ReadFromJsonAsync<JsonElement>();

        var regions = created.GetProperty("regionSeconds").EnumerateArray()
            .ToDictionary(r => r.GetProperty("region").GetString()!, r => r.GetProperty("seconds").GetInt32());
        // Broad strokes 2 x 45 s (quads, hamstrings, calves, shins, glutes), shin grip 2 x 40 s (shins, calves),
        // glutes on a ball 2 x 45 s (glutes, hips, adductors).
        Assert.Equal(new Dictionary<string, int>
        {
            ["hips"] = 90, ["quads"] = 90, ["glutes"] = 180, ["adductors"] = 90, ["hamstrings"] = 90, ["calves"] = 170, ["shins"] = 170,
        }, regions);
    }

    [Fact]
    public async Task The_same_id_and_body_again_is_answered_200_with_the_stored_log_and_stored_once()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        await client.PostSessionAsync(body);

        var again = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(body["id"]!.GetValue<Guid>(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(1, await StoredCountAsync(body["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task The_same_id_with_a_different_body_is_a_409_and_the_stored_log_is_kept()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        await client.PostSessionAsync(body);
        var changed = body.DeepClone();
        changed["discomfort"] = 9;

        var response = await client.PostSessionAsync(changed);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var id = body["id"]!.GetValue<Guid>();
        Assert.Equal(3, await app.WithDbAsync(db => db.SessionLogs.Where(l => l.Id == id).Select(l => l.Discomfort).SingleAsync()));
    }

    public static TheoryData<string, Action<JsonObject>> BrokenRules => new()
    {
        { "id", b => b.Remove("id") },
        { "routine", b => b["routine"] = "no-such-routine" },
        { "routine", b => b["routineVersion"] = 7 },
        { "minutes", b => b["minutes"] = 0 },
        { "warmUp", b => b["warmUp"] = "skip" },
        { "segments[0].index", b => b["segments"]![0]!["index"] = 12 },
        { "segments[0].index", b => b["segments"]![0]!["index"] = -1 },
        { "segments[1].index", b => b["segments"]![1]!["index"] = 0 },
        { "segments[1].actualSeconds", b => b["segments"]![1]!["actualSeconds"] = -5 },
        { "segments[1].actualSeconds", b => b["segments"]![1]!["actualSeconds"] = 2 * 45 + 601 },
        { "endedAt", b => b["endedAt"] = b["startedAt"]!.GetValue<DateTimeOffset>().AddSeconds(-1) },
        // An hour ahead of the server: the body ended a minute ago.
        { "endedAt", b => b["endedAt"] = b["endedAt"]!.GetValue<DateTimeOffset>().AddMinutes(61) },
        { "startedAt", b => b.Remove("startedAt") },
        { "outcome", b => b["outcome"] = "abandoned" },
        { "outcome", b => b["outcome"] = "stopped-for-pain" },
        { "discomfort", b => b["discomfort"] = 11 },
        { "discomfort", b => b["discomfort"] = -1 },
        { "soreRegions[0]", b => b["soreRegions"] = new JsonArray("knees") },
        { "soreRegions", b => b["soreRegions"] = new JsonArray("calves", "calves") },
        { "painEvents[0].symptom", b => b["painEvents"] = new JsonArray(Pain(symptom: "cramp")) },
        { "painEvents[0].region", b => b["painEvents"] = new JsonArray(Pain(region: "elbow")) },
        { "painEvents[0].choice", b => b["painEvents"] = new JsonArray(Pain(choice: "shrug")) },
        { "painEvents[0].segmentIndex", b => b["painEvents"] = new JsonArray(Pain(segment: 99)) },
        { "notes", b => b["notes"] = new string('n', 2001) },
    };

    private static JsonObject Pain(int segment = 1, string symptom = "tingling", string? region = "calves", string choice = "continue-lighter") =>
        new() { ["segmentIndex"] = segment, ["symptom"] = symptom, ["region"] = region, ["choice"] = choice };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task Each_broken_rule_is_a_400_naming_the_field_and_nothing_is_stored(string field, Action<JsonObject> breakIt)
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        breakIt(body);

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        if (body["id"] is { } id)
        {
            Assert.Equal(0, await StoredCountAsync(id.GetValue<Guid>()));
        }
    }

    [Fact]
    public async Task Every_problem_is_listed_in_one_answer()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        body["discomfort"] = 12;
        body["notes"] = new string('n', 2001);
        body["segments"]![2]!["actualSeconds"] = -1;

        var problem = await (await client.PostSessionAsync(body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["discomfort", "notes", "segments[2].actualSeconds"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_at_its_json_path()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        body["discomfort"] = "quite a lot";

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("$.discomfort", problem.GetProperty("errors").EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task A_pain_event_without_a_region_takes_the_primary_region_of_that_segments_move()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        body["outcome"] = "stopped-for-pain";
        body["painEvents"] = new JsonArray(Pain(segment: 5, symptom: "numbness", region: null, choice: "end-session"));

        var created = await (await client.PostSessionAsync(body)).Content.ReadFromJsonAsync<JsonElement>();

        var pain = created.GetProperty("painEvents")[0];
        Assert.Equal(("shins", "numbness", "end-session"), (pain.GetProperty("region").GetString(), pain.GetProperty("symptom").GetString(), pain.GetProperty("choice").GetString()));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        var client = app.CreateClient();
        var body = await SessionRequests.CompletedAsync(client);

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Antiforgery token missing or invalid", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(0, await StoredCountAsync(body["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task A_body_over_64_kilobytes_is_refused_even_when_sent_in_chunks_without_a_length()
    {
        // On real Kestrel: the in-memory test server would add the length itself.
        await using var kestrel = new AppFactory();
        kestrel.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        kestrel.StartServer();
        var client = await kestrel.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        body["notes"] = new string('n', 70 * 1024);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions")
        {
            Content = new UnknownLengthContent(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString())),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var id = body["id"]!.GetValue<Guid>();
        Assert.False(await kestrel.WithDbAsync(db => db.SessionLogs.AnyAsync(l => l.Id == id)));
    }

    [Fact]
    public async Task Any_wait_at_the_warm_up_check_is_accepted_and_not_counted_as_massage()
    {
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client, "pre-run-quick");
        body["segments"]![0]!["actualSeconds"] = 3 * 60 * 60;

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(300, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activeSeconds").GetInt32());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var client = await app.RunnerClientAsync();

        var response = await client.PostAsync("/api/sessions", new FormUrlEncodedContent([new("id", "x")]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_runner_cookie_is_http_only_and_same_site_lax()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/antiforgery");
        var body = await SessionRequests.CompletedAsync(client);
        client.DefaultRequestHeaders.Add("RequestVerificationToken", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        var posted = await client.PostSessionAsync(body);

        var cookie = posted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mr_runner="));
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
    }

    [Fact]
    public async Task Sixty_four_runners_posting_at_once_are_all_stored()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => app.RunnerClientAsync()));
        var bodies = await Task.WhenAll(clients.Select(c => SessionRequests.CompletedAsync(c)));

        var responses = await Task.WhenAll(clients.Zip(bodies, (client, body) => client.PostSessionAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = bodies.Select(b => b["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(64, await app.WithDbAsync(db => db.SessionLogs.CountAsync(l => ids.Contains(l.Id))));
    }

    [Fact]
    public async Task A_runner_sees_only_their_own_sessions()
    {
        var alice = await app.RunnerClientAsync();
        var bob = await app.RunnerClientAsync();
        var alicesLog = await SessionRequests.CompletedAsync(alice);
        await alice.PostSessionAsync(alicesLog);
        var id = alicesLog["id"]!.GetValue<Guid>();

        var bobsList = await bob.GetFromJsonAsync<JsonElement>("/api/sessions");
        var bobsLook = await bob.GetAsync($"/api/sessions/{id}");
        var bobsReplay = await bob.PostSessionAsync(alicesLog);
        var alicesList = await alice.GetFromJsonAsync<JsonElement>("/api/sessions");

        Assert.DoesNotContain(bobsList.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, bobsLook.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, bobsReplay.StatusCode);
        Assert.Contains(alicesList.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_session_is_checked_against_the_version_it_started_on()
    {
        await using var app = new AppFactory();
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        // A coach publishes version 2 with only one move while the runner is still playing version 1.
        await app.WithDbAsync(async db =>
        {
            var routine = await db.Routines.Include(r => r.Versions).SingleAsync(r => r.Slug == "post-run-quick");
            var v1 = routine.Versions.Single().ToRoutine();
            routine.Version = 2;
            routine.Versions.Add(RoutineVersionRecord.From(v1 with { Version = 2, Items = [v1.Items[0]] }, app.Clock.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routineVersion").GetInt32());
    }

    /// <summary>A body sent without a Content-Length, as a chunked upload is.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
