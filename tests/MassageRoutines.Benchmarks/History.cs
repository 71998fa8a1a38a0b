using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// A runner with a long history, made the way a runner makes one: through the API, one log at a
/// time, their start times spread back over the months (three a day). Prints the cookie that is
/// that runner, for wrk to send (<c>-H "Cookie: ..."</c>).
/// </summary>
internal static class History
{
    public static async Task<int> SeedAsync(Uri baseUrl, int sessions, TimeProvider time)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = baseUrl };
        await http.GetAsync("/play/post-run-quick");   // a runner's own page gives the browser its runner id
        var token = await http.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        http.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var template = await Ingestion.SessionTemplateAsync(http, time);
        var length = (DateTimeOffset)template["endedAt"]! - (DateTimeOffset)template["startedAt"]!;
        var now = time.GetUtcNow();

        await Parallel.ForAsync(0, sessions, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var ended = now.AddMinutes(-10 - i * 8 * 60);
            var log = template.DeepClone().AsObject();
            log["id"] = Guid.NewGuid();
            log["startedAt"] = ended - length;
            log["endedAt"] = ended;
            log["discomfort"] = i % 10;
            log["notes"] = i % 3 == 0 ? "Felt loose afterwards." : null;
            using var response = await http.PostAsync("/api/sessions", JsonContent.Create(log), ct);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Log {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
        });
        Console.WriteLine(cookies.GetCookieHeader(baseUrl));
        return 0;
    }
}
