using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Browser.Tests;

/// <summary>
/// Axe passes in each of the site's languages, not only in English: the pages the English tests scan, opened
/// by a browser that asks for Spanish or German, as a visitor, as a coach, on a kiosk set to that language
/// and in the player. All of a language's pages are scanned in one browser context and every violation is
/// listed at the end. Where a page shows library text that has no translation, that text carries
/// <c>lang="en"</c>, which axe checks too (valid-lang).
/// </summary>
/// <remarks>
/// Run in the SQLite pass only: the pages are the same on either database, and 29 pages a language are
/// worth loading and scanning once, not twice.
/// </remarks>
[Collection(BrowserCollection.Name)]
[Trait("Database", "Sqlite")]
public class AxeInEachLanguageTests(BrowserFixture browser)
{
    private static readonly string[] VisitorPages =
    [
        "/", "/routines", "/routines/post-run-quick", "/moves", "/moves/shin-grip-ankle-circles",
        "/build", "/build?phase=post-run&minutes=10&tools=ball&sore=calves", "/history",
        "/account/sign-in", "/account/register", "/account/forgot-password", "/no-such-page",
    ];

    [BrowserTheory]
    [InlineData("es")]
    [InlineData("de")]
    public async Task Every_page_passes_axe_in_the_language_the_browser_asks_for(string language)
    {
        var words = WordsFile.Read(language);
        var coach = $"coach-{Guid.NewGuid():N}@example.com";
        var coachId = await browser.App.CreateCoachAsync(coach);
        var library = await browser.App.CreateLibraryAsync(coachId, "Club moves");
        var group = await browser.App.CreateGroupAsync(coachId, "Tuesday track");
        var (_, kiosk) = await browser.App.CreateKioskAsync(language: language);
        var (move, routine) = await browser.App.WithDbAsync(async db => (
            await db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).FirstAsync(),
            await db.Routines.Where(r => r.LibraryId == library.Id).Select(r => r.Slug).FirstAsync()));
        string[] coachPages =
        [
            "/account", "/account/reminders", "/plan", "/my-routines",
            "/coach", "/coach/team", "/coach/kiosks", "/coach/groups", $"/coach/groups/{group.Id}",
            $"/coach/groups/{group.Id}/plan", $"/coach/groups/{group.Id}/adherence",
            $"/coach/libraries/{library.Slug}", $"/coach/libraries/{library.Slug}/import",
            $"/coach/libraries/{library.Slug}/moves/{move}", $"/coach/libraries/{library.Slug}/routines/{routine}",
        ];

        var violations = new List<string>();
        await browser.WithPageAsync(async page =>
        {
            async Task ScanAsync(string url)
            {
                await page.GotoAsync(url);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                violations.AddRange((await page.AxeViolationsAsync()).Select(v => $"{url}: {v}"));
            }

            foreach (var url in VisitorPages)
            {
                await ScanAsync(url);
            }

            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel(words["Email"]).FillAsync(coach);
            await page.GetByLabel(words["Password"], new() { Exact = true }).FillAsync(TestAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = words["Sign in"] }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = coach })).ToBeVisibleAsync();
            foreach (var url in coachPages)
            {
                await ScanAsync(url);
            }

            // The kiosk and the player run on timers, and axe waits on timers of its own: last, under the paused clock.
            await page.GotoPausedAsync($"/kiosk/{kiosk}", browser.App.Clock);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            violations.AddRange((await ViolationsWithPausedClockAsync(page)).Select(v => $"/kiosk: {v}"));

            await page.GotoAsync("/play/pre-run-quick");
            await page.GetByRole(AriaRole.Button, new() { Name = words["Start"], Exact = true }).ClickAsync();
            await Expect(page.Locator("#play").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(words["Warm up first"]);
            violations.AddRange((await ViolationsWithPausedClockAsync(page)).Select(v => $"/play/pre-run-quick, playing: {v}"));
        }, new() { Locale = language });

        Assert.True(violations.Count == 0, $"axe found violations in {language}:\n{string.Join("\n", violations)}");
    }

    /// <summary>As <see cref="FakeClock.ScanWithPausedClockAsync"/>, listing what axe found.</summary>
    private static async Task<string[]> ViolationsWithPausedClockAsync(IPage page)
    {
        var scan = page.AxeViolationsAsync();
        while (!scan.IsCompleted)
        {
            await page.Clock.RunForAsync(20);
        }
        return await scan;
    }
}
