using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// A 201 means on disk, measured: the published app is started on a SQLite file, runners post logs
/// as fast as they can, the app is killed with SIGKILL in the middle, started again on the same file,
/// and every log it acknowledged is looked for.
/// </summary>
internal static class KillRun
{
    public static async Task<int> RunAsync(string appFolder, string database, int runners, TimeSpan loadFor)
    {
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        using (var app = Start(appFolder, database, baseUrl))
        {
            await ReadyAsync(baseUrl);
            var template = await Ingestion.SessionTemplateAsync(new HttpClient { BaseAddress = baseUrl }, TimeProvider.System);
            var clients = await Task.WhenAll(Enumerable.Range(0, runners).Select(_ => Ingestion.Runner.CreateAsync(baseUrl)));
            var acknowledged = new ConcurrentBag<Guid>();
            var sent = 0;
            var clock = Stopwatch.StartNew();
            var load = Task.WhenAll(clients.Select(client => Task.Run(async () =>
            {
                while (true)
                {
                    var body = template.DeepClone();
                    var id = Guid.NewGuid();
                    body["id"] = id;
                    Interlocked.Increment(ref sent);
                    try
                    {
                        using var response = await client.Http.PostAsync("/api/sessions", JsonContent.Create(body));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(id);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            })));
            await Task.Delay(loadFor);
            app.Kill();
            await app.WaitForExitAsync();
            await load;
            Console.WriteLine($"Killed with SIGKILL after {clock.Elapsed.TotalSeconds:F1} s of load from {runners} runners: {sent} logs sent, {acknowledged.Count} acknowledged with 201.");

            using var again = Start(appFolder, database, baseUrl);
            await ReadyAsync(baseUrl);
            var (found, stored) = Count(database, acknowledged);
            again.Kill();
            Console.WriteLine($"After a restart on the same file: {found} of the {acknowledged.Count} acknowledged logs are stored (each once: the id is the key); {stored} logs in all, so {stored - found} of the {sent - acknowledged.Count} unacknowledged ones were kept too.");
            return found == acknowledged.Count ? 0 : 1;
        }
    }

    private static Process Start(string appFolder, string database, Uri url)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(appFolder, "MassageRoutines.Web.dll"), "--contentRoot", appFolder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Every runner comes from 127.0.0.1: lift the limit on new anonymous runners per client address.
        start.Environment["Sessions__NewRunnersPerMinute"] = "1000000";
        start.Environment["ConnectionStrings__MassageRoutines"] = $"Data Source={database}";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task ReadyAsync(Uri url)
    {
        using var http = new HttpClient { BaseAddress = url };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("The app did not start.");
    }

    private static (int Found, long Stored) Count(string database, IEnumerable<Guid> ids)
    {
        var wanted = ids.ToHashSet();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM SessionLogs";
        using var reader = command.ExecuteReader();
        var found = 0;
        long stored = 0;
        while (reader.Read())
        {
            stored++;
            if (wanted.Contains(Guid.Parse(reader.GetString(0))))
            {
                found++;
            }
        }
        return (found, stored);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
