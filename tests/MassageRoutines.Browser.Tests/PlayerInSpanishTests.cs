namespace MassageRoutines.Browser.Tests;

/// <summary>
/// A runner whose browser asks for Spanish: the routine's page and the player speak it, to a screen reader
/// too, and a device without a Spanish voice says so and keeps to tones.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlayerInSpanishTests(BrowserFixture browser)
{
    private ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [BrowserFact]
    public Task A_routine_opens_and_plays_in_Spanish_on_a_device_without_a_Spanish_voice() => browser.WithPageAsync(async page =>
    {
        // This device has English voices only.
        await page.AddInitScriptAsync("""
            if (window.speechSynthesis) {
              speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', localService: true, default: true, voiceURI: 'en' }];
            }
            """);
        await page.GotoPausedAsync("/routines/post-run-quick", browser.App.Clock);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Empezar la rutina" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Tal como está" }).CheckAsync();
        await Button(page, "Empezar").ClickAsync();

        await Expect(Button(page, "Pausa")).ToBeVisibleAsync();
        await Expect(Button(page, "Saltar")).ToBeVisibleAsync();
        await Expect(Button(page, "Detener por dolor")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Controles del reproductor" })).ToBeVisibleAsync();
        await Expect(page.Locator("#segment-kind")).ToHaveTextAsync("Colócate en posición");
        await Expect(page.GetByRole(AriaRole.Timer, new() { Name = "Tiempo restante de este paso" })).ToHaveTextAsync("0:10");

        var noVoice = page.GetByText("Este dispositivo no tiene voz para este idioma");
        await Expect(noVoice).ToBeHiddenAsync();
        await Button(page, "Voz").ClickAsync();
        await Expect(Button(page, "Voz")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(noVoice).ToBeVisibleAsync();

        await page.ScanWithPausedClockAsync();

        await Button(page, "Pausa").ClickAsync();
        await Expect(Button(page, "Reanudar")).ToBeVisibleAsync();
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("En pausa");
    }, new() { Locale = "es-ES" });
}
