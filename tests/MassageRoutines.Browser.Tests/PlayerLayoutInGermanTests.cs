namespace MassageRoutines.Browser.Tests;

/// <summary>
/// The player's layout holds in the longest of the site's languages: in German, on the phone sizes of
/// <see cref="PlayerLayoutTests"/>, everything needed while a move runs is on screen and big enough to tap.
/// Controls are found by their German names, read from the German words file.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlayerLayoutInGermanTests(BrowserFixture browser)
{
    private static readonly Dictionary<string, string> German = WordsFile.Read("de");

    private static ILocator Button(IPage page, string english) =>
        page.GetByRole(AriaRole.Button, new() { Name = German[english], Exact = true });

    [BrowserTheory]
    [InlineData(360, 640)]
    [InlineData(640, 360)]
    [InlineData(390, 844)]
    public Task While_a_move_runs_in_German_everything_needed_is_on_screen(int width, int height) => browser.WithPageAsync(async page =>
    {
        await page.GotoPausedAsync("/play/post-run-quick", browser.App.Clock);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Button(page, "Start").ClickAsync();
        await Expect(page.Locator("#play")).ToBeVisibleAsync();
        await page.Clock.RunForAsync(10_000);
        await Expect(page.Locator("#side")).ToHaveTextAsync(German["Left side"]);

        (string, ILocator)[] controls = [.. new[] { "Pause", "Skip", "Back", "Stop for pain" }.Select(name => (name, Button(page, name)))];
        var wayBack = page.GetByRole(AriaRole.Navigation, new() { Name = German["Breadcrumb"] }).GetByRole(AriaRole.Link);
        await PlayerLayoutTests.AssertOnScreenAsync(page, "in German",
        [
            ("the countdown", page.GetByRole(AriaRole.Timer, new() { Name = German["Time left in this step"] })),
            ("the move's name", page.Locator("#play").GetByRole(AriaRole.Heading, new() { Level = 2 })),
            ("the side", page.Locator("#side")),
            ("the pictogram", page.Locator("#now-pictures").GetByRole(AriaRole.Img).First),
            ("the way back", wayBack),
            .. controls,
        ]);
        await PlayerLayoutTests.AssertBigEnoughAsync("in German", [.. controls, ("the way back", wayBack)]);
    }, new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = true, HasTouch = true, Locale = "de-DE" });
}
