using System.Text.Json;
using AngleSharp.Dom;

namespace MassageRoutines.Web.Tests.Pages;

/// <summary>
/// The runner's pages in Spanish and German: their own phrases, the engine's labels on them (phases, tools,
/// regions, pressure) and the page's lang. The library's own text (a routine's name, a move's steps) is
/// another matter and is not checked here.
/// </summary>
public class RunnerPagesInLanguagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<IDocument> OpenAsync(string url, string language, HttpClient? client = null)
    {
        client ??= app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        var page = await response.ToDocumentAsync();
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        return page;
    }

    [Theory]
    [InlineData("es", "Automasaje para corredores, una rutina corta cada vez", "Escucha a tu cuerpo", "Antes de correr")]
    [InlineData("de", "Selbstmassage für Laufende, eine kurze Routine nach der anderen", "Hör auf deinen Körper", "Vor dem Lauf")]
    public async Task The_home_page(string language, string heading, string safety, string preRun)
    {
        var page = await OpenAsync("/", language);

        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal(safety, page.Text("#safety-title"));
        Assert.Contains(preRun, page.Texts("#quick-start-title ~ .cards h3"));
    }

    [Theory]
    [InlineData("es", "Filtrar rutinas", "Antes de correr", "Rodillo de espuma", "Pantorrillas", "Mostrar rutinas")]
    [InlineData("de", "Routinen filtern", "Vor dem Lauf", "Faszienrolle", "Waden", "Routinen anzeigen")]
    public async Task The_routines_page_and_its_filter(string language, string filter, string preRun, string foamRoller, string calves, string show)
    {
        var page = await OpenAsync("/routines", language);

        Assert.Equal(filter, page.QuerySelector("form.filters")!.GetAttribute("aria-label"));
        Assert.Contains(preRun, page.Texts("#phase option"));
        Assert.Contains(foamRoller, page.Texts("#tool option"));
        Assert.Contains(calves, page.Texts("#region option"));
        Assert.Equal(show, page.Text("form.filters button"));
        Assert.Matches(language == "es" ? @"^\d+ rutinas$" : @"^\d+ Routinen$", page.Text("[role=status]"));
    }

    [Theory]
    [InlineData("es", "Empezar la rutina", "6:40, después de 10 minutos de calentamiento", "Rodillo de espuma, Stick de masaje, Cojín firme", "1:00 por lado", "Presión moderada")]
    [InlineData("de", "Routine starten", "6:40, nach 10 Minuten Aufwärmen", "Faszienrolle, Massagestick, Bolster", "1:00 pro Seite", "Mittlerer Druck")]
    public async Task A_routine_s_page(string language, string start, string time, string tools, string eachSide, string pressure)
    {
        var page = await OpenAsync("/routines/pre-run-full", language);

        Assert.Equal(start, page.Text("a.button"));
        var facts = page.Text(".facts");
        Assert.Contains(time, facts);
        Assert.Contains(tools, facts);
        Assert.StartsWith(eachSide, page.Texts(".steps .meta").ElementAt(1));
        Assert.Contains(pressure, page.Text(".steps"));
        Assert.NotNull(page.QuerySelector(".facts time[datetime=PT400S]"));
    }

    [Theory]
    [InlineData("es", "Ejercicios", "Zonas: ")]
    [InlineData("de", "Übungen", "Bearbeitet: ")]
    public async Task The_moves_page(string language, string heading, string works)
    {
        var page = await OpenAsync("/moves", language);

        Assert.Equal(heading, page.Text("h1"));
        Assert.All(page.Texts(".card .muted"), line => Assert.StartsWith(works, line));
    }

    [Theory]
    [InlineData("es", "Cómo se hace", "Lo que dice el reproductor", "Cuidado", "Escrito con nuestras propias palabras")]
    [InlineData("de", "So geht's", "Was der Player sagt", "Pass auf", "In unseren eigenen Worten")]
    public async Task A_move_s_page(string language, string how, string says, string care, string ownWords)
    {
        var page = await OpenAsync("/moves/shin-grip-ankle-circles", language);

        Assert.Equal(how, page.Text("#steps-title"));
        Assert.Equal(says, page.Text("#cues-title"));
        Assert.Equal(care, page.Text("#cautions-title"));
        Assert.Contains(ownWords, page.Text(".credit"));
    }

    [Theory]
    [InlineData("es", "Pausa", "Saltar", "Detener por dolor", "Controles del reproductor", "Antes de empezar", "Zonas doloridas")]
    [InlineData("de", "Pause", "Überspringen", "Wegen Schmerzen abbrechen", "Player-Steuerung", "Bevor du startest", "Schmerzende Stellen")]
    public async Task The_player(string language, string pause, string skip, string stopForPain, string controls, string setup, string soreSpots)
    {
        var page = await OpenAsync("/play/pre-run-full", language);

        Assert.Equal((pause, skip, stopForPain), (page.Text("#pause"), page.Text("#skip"), page.Text("#pain")));
        Assert.Equal(controls, page.QuerySelector("[role=group]")!.GetAttribute("aria-label"));
        Assert.Equal(setup, page.Text("#setup-title"));
        Assert.Equal(soreSpots, page.Text("#log-form legend"));
        // The player's own words come in the page's language too, the device's missing voice included.
        var words = page.QuerySelectorAll("template[data-words]")
            .SelectMany(group => JsonSerializer.Deserialize<Dictionary<string, string>>(group.GetAttribute("data-words")!)!)
            .ToDictionary();
        Assert.StartsWith(language == "es" ? "Este dispositivo no tiene voz para este idioma" : "Dieses Gerät hat keine Stimme für diese Sprache", words["noVoice"]);
        Assert.Equal(language == "es" ? "Cambia de lado" : "Seite wechseln", words["switch-sides"]);
    }

    [Theory]
    [InlineData("es", "Creada para ti: ", "Después de correr", "Rodillo de espuma", "Hoy corrí fuerte")]
    [InlineData("de", "Für dich zusammengestellt: ", "Nach dem Lauf", "Faszienrolle", "Heute hart gelaufen")]
    public async Task The_builder(string language, string builtFor, string afterARun, string foamRoller, string ranHard)
    {
        var page = await OpenAsync("/build?phase=post-run&minutes=8&tools=foam-roller", language);

        Assert.StartsWith(builtFor, page.Title);
        Assert.Contains(afterARun, page.Texts("#phase label"));
        Assert.Contains(foamRoller, page.Texts("#tools label"));
        Assert.Contains(ranHard, page.QuerySelector("#ranHard")!.ParentElement!.TextContent);
    }

    [Theory]
    [InlineData("es", "No encontramos esa página", "Página no encontrada")]
    [InlineData("de", "Diese Seite finden wir nicht", "Seite nicht gefunden")]
    public async Task A_page_that_is_not_there(string language, string heading, string title)
    {
        var page = await OpenAsync("/routines/no-such-routine", language);

        Assert.Equal(heading, page.Text("h1"));
        Assert.StartsWith(title, page.Title);
    }

    [Fact]
    public async Task A_signed_in_runner_s_kept_copy_of_a_page_is_kept_per_language()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);

        await OpenAsync("/routines/pre-run-full", "en", client);
        await OpenAsync("/moves/shin-grip-ankle-circles", "en", client);
        await OpenAsync("/routines", "en", client);

        Assert.Equal("Routine starten", (await OpenAsync("/routines/pre-run-full", "de", client)).Text("a.button"));
        Assert.Equal("So geht's", (await OpenAsync("/moves/shin-grip-ankle-circles", "de", client)).Text("#steps-title"));
        Assert.Equal("Routinen anzeigen", (await OpenAsync("/routines", "de", client)).Text("form.filters button"));
    }
}
