using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>
/// OpenTelemetry's meter listener reads every meter of the name in the process, so these tests run
/// alone: other tests' apps would add their sessions to the counts.
/// </summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public class TelemetryTests
{
    [Fact]
    public async Task The_opt_in_prometheus_endpoint_shows_sessions_by_outcome_stops_for_pain_ingestion_time_and_cache_evictions()
    {
        await using var app = new AppFactory { Settings = { ["Telemetry:Prometheus"] = "true" } };
        var runner = await app.RunnerClientAsync();
        var completed = await SessionRequests.CompletedAsync(runner);
        var stopped = await SessionRequests.CompletedAsync(runner);
        stopped["outcome"] = "stopped-for-pain";
        stopped["painEvents"] = new JsonArray(new JsonObject { ["segmentIndex"] = 5, ["symptom"] = "numbness", ["region"] = null, ["choice"] = "end-session" });
        Assert.Equal(HttpStatusCode.Created, (await runner.PostSessionAsync(completed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await runner.PostSessionAsync(completed)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await runner.PostSessionAsync(stopped)).StatusCode);
        await app.Services.GetRequiredService<LibraryChanges>().AnnounceAsync(CancellationToken.None);

        var metrics = (await app.CreateClient().GetStringAsync("/metrics")).Split('\n');

        Assert.Contains(metrics, line => line.StartsWith("massageroutines_sessions_logged_total{") && line.Contains("outcome=\"completed\"") && line.EndsWith(" 1"));
        Assert.Contains(metrics, line => line.StartsWith("massageroutines_sessions_logged_total{") && line.Contains("outcome=\"stopped-for-pain\"") && line.EndsWith(" 1"));
        Assert.Contains(metrics, line => line.StartsWith("massageroutines_sessions_pain_stops_total{") && line.Contains("symptom=\"numbness\"") && line.Contains("choice=\"end-session\"") && line.EndsWith(" 1"));
        Assert.Contains(metrics, line => line.StartsWith("massageroutines_sessions_ingestion_duration_seconds_count{") && line.Contains("result=\"created\"") && line.EndsWith(" 2"));
        Assert.Contains(metrics, line => line.StartsWith("massageroutines_sessions_ingestion_duration_seconds_count{") && line.Contains("result=\"repeated\"") && line.EndsWith(" 1"));
        Assert.Contains(metrics, line => line.StartsWith("massageroutines_library_cache_evictions_total{") && line.Contains("origin=\"this-instance\"") && line.EndsWith(" 1"));
        Assert.Contains(metrics, line => line.StartsWith("http_server_request_duration_seconds_count{"));
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        await using var app = new AppFactory();

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Logged_errors_carry_the_trace_id_the_problem_answer_names()
    {
        await using var app = new AppFactory();
        var events = new Events();
        await using var logged = app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(events)));
        var client = logged.CreateClient();
        await app.Database.LoseAsync();

        var problem = await (await client.GetAsync("/api/routines")).Content.ReadFromJsonAsync<JsonElement>();

        // W3C form: 00-{trace id}-{span id}-{flags}.
        var traceId = problem.GetProperty("traceId").GetString()!.Split('-')[1];
        var errors = events.All.Where(e => e.Level >= LogEventLevel.Error
            && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/api/routines\"").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal(traceId, error.TraceId?.ToHexString()));
    }

    private sealed class Events : ILogEventSink
    {
        private readonly List<LogEvent> all = [];

        public IReadOnlyList<LogEvent> All
        {
            get
            {
                lock (all)
                {
                    return [.. all];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (all)
            {
                all.Add(logEvent);
            }
        }
    }
}
