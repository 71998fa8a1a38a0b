using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Web.Tests.Api;
using MassageRoutines.Web.Tests.Instances;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Sessions;

/// <summary>
/// A 201 means on disk: the app is killed with SIGKILL while runners post logs as fast as they can,
/// started again on the same database, and every log it acknowledged is there, exactly once.
/// </summary>
public class KillDuringLoadTests
{
    private const int Runners = 32;

    [Fact]
    public async Task Every_log_acknowledged_before_a_sigkill_is_stored_exactly_once()
    {
        await using var database = TestDatabase.Create();
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__MassageRoutines"] = database.ConnectionString,
        };
        var app = AppProcess.Start("before the kill", settings);
        await app.WaitUntilReadyAsync();
        var runners = await Task.WhenAll(Enumerable.Range(0, Runners).Select(_ => RunnerAsync(app.Address)));
        var template = await SessionRequests.CompletedAsync(runners[0]);

        // Each runner posts until the app is gone; the logs it got a 201 for are noted with who sent them.
        var acknowledged = new ConcurrentBag<(HttpClient Runner, JsonObject Log)>();
        var sent = 0;
        var load = Task.WhenAll(runners.Select(runner => Task.Run(async () =>
        {
            while (true)
            {
                var log = template.DeepClone().AsObject();
                log["id"] = Guid.NewGuid();
                Interlocked.Increment(ref sent);
                try
                {
                    if ((await runner.PostSessionAsync(log)).StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((runner, log));
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the app is gone
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })));
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 300), "300 logs acknowledged under load");
        await app.KillAsync();
        await load;

        await using var again = AppProcess.Start("after the kill", settings);
        await again.WaitUntilReadyAsync();
        await using var reader = AppFactory.On(database);
        var ids = acknowledged.Select(a => a.Log["id"]!.GetValue<Guid>()).ToList();
        var stored = await reader.WithDbAsync(db => db.SessionLogs.CountAsync());

        Assert.Equal(ids.Count, await reader.WithDbAsync(db => db.SessionLogs.CountAsync(l => ids.Contains(l.Id))));
        Assert.InRange(stored, ids.Count, sent);
        // Sent again to the new process, each is the same log, not a new one.
        foreach (var (runner, log) in acknowledged.Take(50))
        {
            var retry = await runner.PostAsync(new Uri(again.Address, "/api/sessions"),
                new StringContent(log.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }
        Assert.Equal(stored, await reader.WithDbAsync(db => db.SessionLogs.CountAsync()));
    }

    /// <summary>A browser of its own: its cookies, and an antiforgery token in place.</summary>
    private static async Task<HttpClient> RunnerAsync(Uri address)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var token = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return client;
    }
}
