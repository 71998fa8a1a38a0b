using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Api;

/// <summary>The API's problem details speak the language the request asks for (Accept-Language), validation errors included.</summary>
public class ProblemLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("es", "Los datos (registro de sesión) no son JSON válido para esta API.", "No es válido aquí (línea 1): un tipo incorrecto, un campo desconocido o JSON mal formado.")]
    [InlineData("de", "Eintrag: kein gültiges JSON für diese API.", "Hier ungültig (Zeile 1): ein falscher Typ, ein unbekanntes Feld oder fehlerhaftes JSON.")]
    [InlineData("en", "The session log is not valid JSON for this API.", "Not valid here (line 1): a wrong type, an unknown field or malformed JSON.")]
    public async Task A_400_validation_problem_is_in_the_requests_language(string language, string title, string error)
    {
        var client = await app.RunnerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var body = await SessionRequests.CompletedAsync(client);
        body["discomfort"] = "quite a lot";

        var response = await client.PostSessionAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal([error], problem.GetProperty("errors").GetProperty("$.discomfort").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("es", "Las molestias se puntúan de 0 a 10 (aquí pone 11).", "«unknown» no es un valor conocido para «outcome»; usa uno de estos: completed, stopped, stopped-for-pain.")]
    [InlineData("de", "Beschwerden werden von 0 bis 10 bewertet (hier steht 11).", "„unknown“ ist kein bekannter Wert für „outcome“; nimm einen davon: completed, stopped, stopped-for-pain.")]
    [InlineData("en", "Discomfort is rated from 0 to 10 (it is 11).", "'unknown' is not a known outcome; use one of: completed, stopped, stopped-for-pain.")]
    public async Task A_session_logs_checks_are_in_the_requests_language(string language, string discomfort, string outcome)
    {
        var client = await app.RunnerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var tooHard = await SessionRequests.CompletedAsync(client);
        tooHard["discomfort"] = 11;
        var unknownOutcome = await SessionRequests.CompletedAsync(client);
        unknownOutcome["outcome"] = "unknown";

        var checkedErrors = await ErrorsAsync(await client.PostSessionAsync(tooHard));
        var unreadErrors = await ErrorsAsync(await client.PostSessionAsync(unknownOutcome));

        Assert.Equal([discomfort], checkedErrors.GetProperty("discomfort").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([outcome], unreadErrors.GetProperty("outcome").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("de", "„7x“ ist keine Länge in ganzen Minuten von 1 bis 30.", "„hard“ ist kein bekannter Wert für „intensity“; nimm einen davon: gentle, moderate, deep.")]
    [InlineData("es", "«7x» no es una duración en minutos enteros de 1 a 30.", "«hard» no es un valor conocido para «intensity»; usa uno de estos: gentle, moderate, deep.")]
    public async Task A_timelines_options_are_checked_in_the_requests_language(string language, string minutes, string intensity)
    {
        var client = app.AskingFor(language);

        var errors = await ErrorsAsync(await client.GetAsync("/api/routines/post-run-quick/timeline?minutes=7x&intensity=hard"));

        Assert.Equal([minutes], errors.GetProperty("minutes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([intensity], errors.GetProperty("intensity").EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Theory]
    [InlineData("es-ES,es;q=0.9", "Rutina no encontrada", "Ninguna rutina publicada tiene el slug «no-such-routine».")]
    [InlineData("de", "Routine nicht gefunden", "Keine veröffentlichte Routine hat den Slug „no-such-routine“.")]
    [InlineData("en", "Routine not found", "No published routine has the slug 'no-such-routine'.")]
    public async Task A_404_is_in_the_requests_language(string language, string title, string detail)
    {
        var client = app.AskingFor(language);

        // Twice: the second answer may come from the output cache, which keeps one copy per language.
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync("/api/routines/no-such-routine");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((title, detail), (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
        }
    }

    [Theory]
    [InlineData("es", "No encontrado")]
    [InlineData("de", "Nicht gefunden")]
    public async Task A_problem_without_words_of_its_own_has_its_status_title_in_the_language(string language, string title)
    {
        var client = app.AskingFor(language);

        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
