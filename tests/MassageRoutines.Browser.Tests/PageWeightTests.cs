using System.Text.Json;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// The app with its static files served as a published app serves them: the build's precompressed files.
/// (On a build's manifest ASP.NET Core re-reads wwwroot in case a file changed, and when it thinks one did
/// it sends it gzip-framed but uncompressed, which is not what a runner's phone gets.)
/// </summary>
public sealed class AssetsAsPublishedBrowserFixture() : BrowserFixture(new AppFactory { Settings = { ["ReloadStaticAssetsAtRuntime"] = "false" } });

/// <summary>Issue 19's page weight: the player's first load, counted on the wire as a browser pays for it.</summary>
public class PageWeightTests(AssetsAsPublishedBrowserFixture browser) : IClassFixture<AssetsAsPublishedBrowserFixture>
{
    /// <summary>
    /// Counted as a browser pays for it: the bytes Chromium received for each response (headers and body,
    /// compressed as sent; the DevTools protocol's encodedDataLength), for the HTML, CSS and JS of a first
    /// visit with nothing cached. The timeline and the pictures, fetched when a routine starts, are not.
    /// </summary>
    [BrowserFact]
    public Task The_first_load_of_the_player_weighs_under_50_KB_on_the_wire() => browser.WithPageAsync(async page =>
    {
        var responses = new Dictionary<string, (string Type, string Url, string Encoding, long Headers)>();
        var received = new Dictionary<string, long>();
        var devTools = await page.Context.NewCDPSessionAsync(page);
        devTools.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var response = e!.Value.GetProperty("response");
            var encoding = response.GetProperty("headers").EnumerateObject()
                .FirstOrDefault(h => h.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)).Value;
            responses[e.Value.GetProperty("requestId").GetString()!] =
                (e.Value.GetProperty("type").GetString()!, response.GetProperty("url").GetString()!,
                 encoding.ValueKind == JsonValueKind.String ? encoding.GetString()! : "identity", (long)response.GetProperty("encodedDataLength").GetDouble());
        };
        devTools.Event("Network.loadingFinished").OnEvent += (_, e) =>
            received[e!.Value.GetProperty("requestId").GetString()!] = (long)e.Value.GetProperty("encodedDataLength").GetDouble();
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });

        await page.GotoAsync("/play/post-run-quick", new() { WaitUntil = WaitUntilState.NetworkIdle });

        var counted = responses.Where(r => r.Value.Type is "Document" or "Stylesheet" or "Script" && received.ContainsKey(r.Key))
            .Select(r => (r.Value.Type, Path: new Uri(r.Value.Url).AbsolutePath, r.Value.Encoding, r.Value.Headers, Bytes: received[r.Key])).ToList();
        var total = counted.Sum(r => r.Bytes);
        var report = $"{total} B on the wire for the player's first load in {counted.Count} responses, {counted.Sum(r => r.Headers)} B of them headers (aim: under 25 KB):\n" +
            string.Join("\n", counted.Select(r => $"{r.Type} {r.Path}: {r.Bytes} B, {r.Headers} B of headers ({r.Encoding})"));
        Console.WriteLine(report);
        Assert.Contains(counted, r => r.Type == "Document" && r.Path == "/play/post-run-quick");
        Assert.Contains(counted, r => r.Path == "/js/player.js");
        Assert.True(total < 50 * 1024, report);
    });

    /// <summary>
    /// The player's HTML holds no secret (its one form only closes the pain dialog), so compressing it
    /// could leak nothing through its length (BREACH). The log's token comes from /api/antiforgery.
    /// </summary>
    [BrowserFact]
    public Task The_player_page_holds_no_antiforgery_token() => browser.WithPageAsync(async page =>
    {
        var response = await page.APIRequest.GetAsync("/play/post-run-quick");
        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("__RequestVerificationToken", await response.TextAsync());
    });
}
