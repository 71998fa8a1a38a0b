using MassageRoutines.Browser.Tests.PageObjects;

namespace MassageRoutines.Browser.Tests;

/// <summary>A routine played in a browser that asks for German: the routine's and the moves' own text in German.</summary>
[Collection(BrowserCollection.Name)]
public class LibraryLanguageTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task A_routine_plays_with_its_moves_in_german() => browser.WithPageAsync(async page =>
    {
        await page.GotoPausedAsync("/play/post-run-quick", browser.App.Clock);
        var player = new PlayerPage(page);
        var title = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(title).ToHaveTextAsync("5 Minuten nach dem Lauf");
        await Expect(title).Not.ToHaveAttributeAsync("lang", "en");

        // The setup form's one button, whatever the page's words call it.
        await page.Locator("#setup-form").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(player.MoveName).ToHaveTextAsync("Beine großflächig ausstreichen");
        await Expect(player.MoveName).Not.ToHaveAttributeAsync("lang", "en");
        await page.Clock.RunForAsync(10_000);
        await Expect(player.Cue).ToHaveTextAsync("Lange Züge, vom Knöchel zum Knie.");
    }, new() { Locale = "de-DE" });
}
