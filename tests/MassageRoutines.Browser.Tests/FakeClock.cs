namespace MassageRoutines.Browser.Tests;

/// <summary>Playwright's clock, installed before the page loads and paused, so time passes only when a test says.</summary>
internal static class FakeClock
{
    /// <summary>
    /// Opens the page with the clock stopped half an hour before the server's now, so sessions played
    /// through in fake time still end before it.
    /// </summary>
    public static async Task GotoPausedAsync(this IPage page, string url, TimeProvider server)
    {
        var start = server.GetUtcNow().UtcDateTime.AddMinutes(-30);
        await page.Clock.InstallAsync(new() { TimeDate = start });
        await page.Clock.PauseAtAsync(start.AddSeconds(1));
        await page.GotoAsync(url);
    }

    /// <summary>
    /// axe-core waits on timers of its own, so the clock is stepped along until the scan is done. Scans
    /// happen while nothing a test looks at depends on the exact second.
    /// </summary>
    public static async Task ScanWithPausedClockAsync(this IPage page)
    {
        var scan = page.AssertNoAxeViolationsAsync();
        while (!scan.IsCompleted)
        {
            await page.Clock.RunForAsync(20);
        }
        await scan;
    }
}
