using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace MassageRoutines.Web.Tests.Pictures;

/// <summary>
/// The pictures' words (their text alternatives, the views' names, the tappable map's labels) come in the
/// language the browser asks for, on the pages and from the pictures API alike.
/// </summary>
public class PicturesLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Client(string language) => app.AskingFor(language);

    [Fact]
    public async Task A_move_s_pictures_are_titled_in_German()
    {
        var page = await Client("de").GetDocumentAsync("/moves/it-band-quads-roll");

        Assert.Equal("In Seitenlage, mit Faszienrolle", page.QuerySelector(".move-pictures svg.pictogram")!.GetAttribute("aria-label"));
        var map = page.QuerySelector(".move-pictures svg.body-map")!;
        Assert.Equal("Körperkarte der Bereiche, die hier gearbeitet werden: IT-Band, Quadrizeps", map.GetAttribute("aria-label"));
        Assert.Equal(["Vorderseite", "Rückseite"], map.QuerySelectorAll("text").Select(t => t.TextContent));
    }

    [Fact]
    public async Task A_drill_with_no_tools_says_body_weight_only_in_German()
    {
        var page = await Client("de").GetDocumentAsync("/moves/high-knees");

        Assert.Equal("Im Stehen, nur mit dem eigenen Körpergewicht", page.QuerySelector(".move-pictures svg.pictogram")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_routine_s_shaded_map_and_step_pictures_are_titled_in_German()
    {
        var page = await Client("de").GetDocumentAsync("/routines/pre-run-full");

        Assert.Equal("Körperkarte, schattiert nach der Zeit je Bereich: Unterer Rücken 2:00, Hüften 2:00, IT-Band 2:00, Quadrizeps 2:00, Gesäß 2:00, Hüftrotatoren 2:00",
            page.QuerySelector(".routine-map svg.body-map")!.GetAttribute("aria-label"));
        Assert.Equal(
            ["In Rückenlage, mit Faszienrolle", "In Seitenlage, mit Faszienrolle", "Im Sitzen, mit Faszienrolle"],
            page.QuerySelectorAll(".steps > li").Select(step => step.QuerySelector("svg.pictogram")!.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task The_builder_s_map_to_tap_is_labelled_in_German()
    {
        var page = await Client("de").GetDocumentAsync("/build");

        var labels = page.QuerySelectorAll("fieldset.body-pick label.pick").ToDictionary(l => l.QuerySelector("input")!.GetAttribute("value")!, l => l.TextContent.Trim());
        Assert.Equal("Gesäß", labels["glutes"]);
        Assert.Equal("IT-Band", labels["it-band"]);
        Assert.Equal(["Vorderseite", "Rückseite"], page.QuerySelectorAll("fieldset.body-pick svg text").Select(t => t.TextContent));
    }

    [Fact]
    public async Task The_pictures_api_titles_them_in_Spanish_and_still_in_English_when_asked()
    {
        // Asked in English first, so a copy the output cache keeps for one language cannot answer the other.
        var english = await PicturesAsync("en");
        var spanish = await PicturesAsync("es");

        Assert.Equal("Lying on your side, with a foam roller", english.Pictogram.Attribute("aria-label")!.Value);
        Assert.Equal("De lado, con rodillo de espuma", spanish.Pictogram.Attribute("aria-label")!.Value);
        Assert.Equal("Mapa del cuerpo con las zonas que trabaja: Cintilla iliotibial, Cuádriceps", spanish.BodyMap.Attribute("aria-label")!.Value);
        Assert.Equal(["De frente", "De espaldas"], spanish.BodyMap.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value));
    }

    private async Task<(XElement Pictogram, XElement BodyMap)> PicturesAsync(string language)
    {
        var pictures = await Client(language).GetFromJsonAsync<JsonElement>("/api/moves/it-band-quads-roll/pictures");
        return (XElement.Parse(pictures.GetProperty("pictogram").GetString()!), XElement.Parse(pictures.GetProperty("bodyMap").GetString()!));
    }
}
