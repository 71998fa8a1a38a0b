using System.Net;
using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Browser.Tests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// The app on real Kestrel (its own SQLite file) and one headless Chromium, shared by the browser tests.
/// Each test gets a fresh browser context; a failing test leaves a Playwright trace and a screenshot.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public BrowserFixture() : this(new AppFactory())
    {
    }

    /// <summary>The same, on an app set up differently (with mail, say).</summary>
    protected BrowserFixture(AppFactory app) => App = app;

    private static readonly string ArtifactsFolder = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    private IPlaywright? playwright;
    private IBrowser? browser;

    public AppFactory App { get; }
    public string BaseAddress { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }
        if (Directory.Exists(ArtifactsFolder))
        {
            Directory.Delete(ArtifactsFolder, recursive: true);
        }
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseAddress = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Args = Chromium.Args, Headless = true });
    }

    public async Task WithPageAsync(Func<IPage, Task> test, BrowserNewContextOptions? options = null, [CallerMemberName] string testName = "")
    {
        options ??= new();
        options.BaseURL = BaseAddress;
        options.Locale ??= "en-GB";
        await using var context = await browser!.NewContextAsync(options);
        await context.Tracing.StartAsync(new() { Screenshots = true, Snapshots = true, Sources = true });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                console.Add($"response {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        try
        {
            await test(page);
            await context.Tracing.StopAsync();
        }
        catch
        {
            // The test's own exception is the one that counts: evidence that cannot be taken (a screenshot of a
            // page that no longer answers, say) is noted in the console file, never thrown in its place.
            Directory.CreateDirectory(ArtifactsFolder);
            await TryAsync("trace", () => context.Tracing.StopAsync(new() { Path = Path.Combine(ArtifactsFolder, $"{testName}.trace.zip") }));
            await TryAsync("screenshot", () => page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"{testName}.png"), FullPage = true, Timeout = 5_000 }));
            await File.WriteAllLinesAsync(Path.Combine(ArtifactsFolder, $"{testName}.console.txt"), console);
            throw;
        }

        async Task TryAsync(string evidence, Func<Task> take)
        {
            try
            {
                await take();
            }
            catch (Exception e)
            {
                console.Add($"no {evidence}: {e.Message}");
            }
        }
    }

    /// <summary>The session logs stored for the runner whose cookie this browser context holds.</summary>
    public async Task<List<SessionLog>> SessionsOfAsync(IBrowserContext context)
    {
        // The cookie holds "anon-" and the device's id.
        var device = (await context.CookiesAsync()).Single(c => c.Name == "mr_runner").Value["anon-".Length..];
        return await App.WithDbAsync(db => db.SessionLogs.AsNoTracking().Where(l => l.DeviceId == device).ToListAsync());
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

public static class Accessibility
{
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    // axe-core is put into the page once per page load (Playwright's evaluation is not held to the page's
    // script-src) and run there directly. Deque's RunAxe, which runs axe frame by frame and merges the results,
    // took about 3 s a scan here against under 1 s this way; the site has no frames.
    private const string Scan = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return {
            Passes: result.passes.length,
            Violations: result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`),
          };
        }
        """;

    private sealed class ScanResult
    {
        public int Passes { get; set; }
        public string[] Violations { get; set; } = [];
    }

    /// <summary>Runs axe-core on the page as it is now and fails with each violation spelled out.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var violations = await AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, $"axe found violations on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Runs axe-core on the page as it is now; each violation spelled out, none when it passes.</summary>
    public static async Task<string[]> AxeViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("source => (0, eval)(source)", AxeSource);
        }
        var result = await page.EvaluateAsync<ScanResult>(Scan);
        Assert.True(result.Passes > 0, $"axe checked nothing on {page.Url}; the scan did not run.");
        return result.Violations;
    }
}
