using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// N runners post session logs as fast as they can for a while, spread evenly over the instances
/// given; every request in flight is answered before counting, so the rows stored can be compared
/// with the 2xx answers one for one.
/// </summary>
internal static class Ingestion
{
    /// <param name="database">A SQLite file, or a PostgreSQL connection string.</param>
    public static async Task<int> RunAsync(IReadOnlyList<Uri> instances, string database, int clients, TimeSpan duration)
    {
        var rowsBefore = CountRows(database);
        var runners = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Runner.CreateAsync(instances[i % instances.Count])));
        var template = await SessionTemplateAsync(runners[0].Http, TimeProvider.System);

        var statuses = new Dictionary<int, int>();
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(runners.Select(async runner =>
        {
            var mine = new List<(int Status, double Ms)>();
            while (clock.Elapsed < duration)
            {
                var body = template.DeepClone();
                body["id"] = Guid.NewGuid();
                var started = Stopwatch.GetTimestamp();
                using var response = await runner.Http.PostAsync("/api/sessions", JsonContent.Create(body));
                mine.Add(((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
            lock (statuses)
            {
                foreach (var (status, ms) in mine)
                {
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    latencies.Add(ms);
                }
            }
        }));
        var elapsed = clock.Elapsed;

        var ok = statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);
        var rows = CountRows(database) - rowsBefore;
        latencies.Sort();
        Console.WriteLine($"| {(database.Contains("Host=") ? "PostgreSQL" : "SQLite")} | {instances.Count} | {clients} | {latencies.Count / elapsed.TotalSeconds:F0} | {Percentile(latencies, 0.5):F1} | {Percentile(latencies, 0.99):F1} | {ok} | {rows} | {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))} |");
        return rows == ok && statuses.Keys.All(s => s is >= 200 and < 300) ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static long CountRows(string database)
    {
        using System.Data.Common.DbConnection connection = database.Contains("Host=")
            ? new NpgsqlConnection(database)
            : new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"SessionLogs\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A completed 5-minute post-run session, built from the server's own timeline.</summary>
    internal static async Task<JsonObject> SessionTemplateAsync(HttpClient http, TimeProvider time)
    {
        var timeline = await http.GetFromJsonAsync<JsonElement>("/api/routines/post-run-quick/timeline");
        var segments = timeline.GetProperty("segments").EnumerateArray().ToList();
        var ended = time.GetUtcNow().AddMinutes(-1);
        return new JsonObject
        {
            ["routine"] = "post-run-quick",
            ["routineVersion"] = timeline.GetProperty("routine").GetProperty("version").GetInt32(),
            ["startedAt"] = ended.AddSeconds(-timeline.GetProperty("totalSeconds").GetInt32()),
            ["endedAt"] = ended,
            ["outcome"] = "completed",
            ["segments"] = new JsonArray(segments.Select(s => (JsonNode)new JsonObject
            {
                ["index"] = s.GetProperty("index").GetInt32(),
                ["actualSeconds"] = s.GetProperty("seconds").GetInt32(),
                ["skipped"] = false,
            }).ToArray()),
            ["discomfort"] = 3,
            ["soreRegions"] = new JsonArray("calves"),
        };
    }

    /// <summary>One browser: its own cookies (runner id, antiforgery) and its token.</summary>
    internal sealed record Runner(HttpClient Http)
    {
        public static async Task<Runner> CreateAsync(Uri baseUrl)
        {
            var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = baseUrl,
            };
            var token = await http.GetFromJsonAsync<JsonElement>("/api/antiforgery");
            http.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
            return new(http);
        }
    }
}
