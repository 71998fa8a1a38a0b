using System.Diagnostics;
using System.Net;
using System.Text.Json;
using MassageRoutines.Web.Tests.Operations;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>What a visitor puts in an address reaches the log as one line, without the secrets addresses carry.</summary>
public class LogSecretsTests
{
    /// <summary>Request logs at Information, ASP.NET Core's own request lines too.</summary>
    private static AppFactory Verbose(string format = "Text") => new()
    {
        Settings =
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
            ["Logging:Format"] = format,
        },
    };

    [Theory]
    [InlineData("Text")]
    [InlineData("Json")]
    public async Task A_line_break_in_the_path_cannot_write_a_forged_line(string format)
    {
        await using var app = Verbose(format);
        var (logged, logs) = CapturedLogs.On(app);

        // %0A, %0D, U+2028, U+2029 and U+0085, each of which some log viewer takes for a new line.
        var response = await logged.CreateClient().GetAsync("/no-such-page/abc%0A[12:00:00 INF] forged%0Dsigned-in%E2%80%A8a%E2%80%A9b%C2%85c");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var lines = logs.Written(format).Where(line => line.Contains("forged")).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.Equal(line.Length - 1, line.IndexOfAny(['\n', '\r', '\u2028', '\u2029', '\u0085']));
            Assert.EndsWith("\n", line);
        });
        // The path is still there to read, its line breaks written out.
        const string escaped = @"/no-such-page/abc\n[12:00:00 INF] forged\rsigned-in\u2028a\u2029b\u0085c";
        Assert.Contains(lines, line => format == "Text" ? line.Contains($"GET {escaped} responded 404")
            : JsonDocument.Parse(line).RootElement.TryGetProperty("RequestPath", out var path) && path.GetString() == escaped);
    }

    [Fact]
    public async Task The_json_format_writes_one_compact_json_object_per_event()
    {
        await using var app = Verbose("Json");
        var (logged, logs) = CapturedLogs.On(app);

        await logged.CreateClient().GetAsync("/routines/pre-run-full");

        var request = logs.Written("Json").Select(line => JsonDocument.Parse(line).RootElement)
            .Single(e => e.GetProperty("@mt").GetString() == "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"
                && e.GetProperty("RequestPath").GetString() == "/routines/pre-run-full");
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
    }

    [Fact]
    public async Task A_log_format_other_than_text_or_json_stops_the_app_naming_the_setting()
    {
        await using var app = new AppFactory { Settings = { ["Logging:Format"] = "Xml" } };

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Logging:Format must be Text or Json.", error.ToString());
    }

    [Fact]
    public async Task Kiosk_and_join_tokens_never_reach_the_log()
    {
        await using var app = Verbose();
        var (_, kioskToken) = await app.CreateKioskAsync();
        var coach = await app.CreateCoachAsync("log-coach@example.com");
        var group = await app.CreateGroupAsync(coach, "Log readers");
        var (logged, logs) = CapturedLogs.On(app);
        var client = logged.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/kiosk/{kioskToken}")).StatusCode);
        await client.GetAsync($"/KIOSK/{kioskToken}?token={kioskToken}");
        await client.PostAsync($"/api/kiosks/{kioskToken}/sessions", new StringContent("{}"));
        // Anonymous: sent to sign in, with the join link in the address to come back to.
        await client.GetAsync($"/groups/join/{group.JoinToken}");

        var written = logs.Written("Json");
        Assert.Contains(written, line => line.Contains("/kiosk/[redacted]"));
        Assert.Contains(written, line => line.Contains("/groups/join/[redacted]"));
        Assert.Contains(written, line => line.Contains("/api/kiosks/[redacted]/sessions"));
        Assert.DoesNotContain(written, line => line.Contains(kioskToken));
        Assert.DoesNotContain(written, line => line.Contains(group.JoinToken));
    }

    [Fact]
    public async Task Kiosk_and_join_tokens_never_reach_a_trace()
    {
        // A collector that is not there: traces are made and their export fails quietly.
        await using var app = new AppFactory { Settings = { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" } };
        var (_, kioskToken) = await app.CreateKioskAsync();
        var traceId = ActivityTraceId.CreateRandom();
        var requests = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    lock (requests)
                    {
                        requests.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var request = new HttpRequestMessage(HttpMethod.Get, $"/kiosk/{kioskToken}?token={kioskToken}&lang=en");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(request)).StatusCode);

        await Eventually.TrueAsync(() => { lock (requests) { return Task.FromResult(requests.Count == 1); } }, "the request's trace ends");
        var trace = requests.Single();
        var tags = trace.TagObjects.ToDictionary(tag => tag.Key, tag => tag.Value?.ToString());
        Assert.Equal("/kiosk/[redacted]", tags["url.path"]);
        Assert.Equal("kiosk/{token}", tags["http.route"]);
        Assert.DoesNotContain(tags.Values, value => value?.Contains(kioskToken) == true);
        Assert.DoesNotContain(kioskToken, trace.DisplayName);
    }
}
