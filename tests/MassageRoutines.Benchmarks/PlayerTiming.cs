using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// Loads the player in headless Chromium, adds up what it downloads, then plays the routine in real
/// time and compares each segment's start with where the timeline says it should be; the pictures of
/// each move, fetched as it comes up, are counted apart from the page.
/// </summary>
internal static class PlayerTiming
{
    public static async Task<int> RunAsync(Uri baseUrl, string routine)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = baseUrl.ToString() });

        var bodies = new List<Task<(string Url, int Bytes)>>();
        var pictures = new List<Task<(string Url, int Bytes)>>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType is "document" or "stylesheet" or "script")
            {
                bodies.Add(Task.Run(async () => (response.Url, (await response.BodyAsync()).Length)));
            }
            else if (response.Url.EndsWith("/pictures", StringComparison.Ordinal))
            {
                pictures.Add(Task.Run(async () => (response.Url, (await response.BodyAsync()).Length)));
            }
        };
        page.Console += (_, message) => Console.Error.WriteLine($"  browser {message.Type}: {message.Text}");
        await page.AddInitScriptAsync("""
            window.__segments = [];
            document.addEventListener('player:segment', e => window.__segments.push({ index: e.detail.index, at: performance.now() }));
            """);
        await page.GotoAsync($"/play/{routine}", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var bytes = (await Task.WhenAll(bodies)).ToDictionary(b => b.Url, b => b.Bytes);
        Console.WriteLine($"Player page weight (HTML + CSS + JS, uncompressed): {bytes.Values.Sum()} bytes in {bytes.Count} files");
        foreach (var (url, size) in bytes.OrderBy(b => b.Key))
        {
            Console.WriteLine($"  {size,7}  {new Uri(url).AbsolutePath}");
        }

        using var http = new HttpClient { BaseAddress = baseUrl };
        var timeline = await http.GetFromJsonAsync<JsonElement>($"/api/routines/{routine}/timeline");
        var planned = timeline.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("seconds").GetInt32()).ToList();
        var total = planned.Sum();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Session complete" }).WaitForAsync(new() { Timeout = (total + 30) * 1000 });

        var drawn = await Task.WhenAll(pictures);
        Console.WriteLine($"Pictures fetched while playing (JSON, uncompressed): {drawn.Sum(p => p.Bytes)} bytes for {drawn.Length} moves, "
            + $"{timeline.GetProperty("moves").GetArrayLength()} moves in the routine");

        var starts = JsonSerializer.Deserialize<Start[]>(await page.EvaluateAsync<string>("JSON.stringify(window.__segments)"), JsonSerializerOptions.Web)!;
        var errors = starts.Select(s => s.At - starts[0].At - planned.Take(s.Index).Sum() * 1000.0).ToList();
        Console.WriteLine($"Timing over {total} s played in real time: {starts.Length} segment starts; boundary error max {errors.Max(Math.Abs):F1} ms, median {Median(errors.Select(Math.Abs)):F1} ms");
        Console.WriteLine($"  errors (ms): {string.Join(", ", errors.Select(e => e.ToString("F1")))}");
        return starts.Length == planned.Count ? 0 : 1;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Start(int Index, double At);
}
