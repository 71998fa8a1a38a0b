using System.Text;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

public class ImportExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> ExportAsync(SignedInCoach coach)
    {
        var response = await coach.Client.GetAsync($"{coach.LibraryUrl}/export");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{coach.Library.Slug}.json", response.Content.Headers.ContentDisposition!.FileName);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<AngleSharp.Dom.IDocument> ImportAsync(SignedInCoach coach, byte[] file) =>
        await (await PostImportAsync(coach, file)).ToDocumentAsync();

    private static async Task<HttpResponseMessage> PostImportAsync(SignedInCoach coach, byte[] file)
    {
        var url = $"{coach.LibraryUrl}/import";
        var token = await coach.Client.TokenFromAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
            { new ByteArrayContent(file), "Upload", "library.json" },
        };
        return await coach.Client.PostAsync(url, form);
    }

    private static Task<AngleSharp.Dom.IDocument> ImportAsync(SignedInCoach coach, string json) => ImportAsync(coach, Encoding.UTF8.GetBytes(json));

    private Task<(int Moves, int Routines, int Versions)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.Moves.CountAsync(), await db.Routines.CountAsync(), await db.RoutineVersions.CountAsync()));

    [Fact]
    public async Task Export_then_import_on_another_site_gives_an_identical_library()
    {
        var coach = await SignedInCoach.CreateAsync(app, "Export source");
        var slug = await coach.RoutineSlugAsync(app, "post-run-quick");
        var url = $"{coach.LibraryUrl}/routines/{slug}";
        await coach.Client.PostAsync($"{url}?handler=Publish", new FormUrlEncodedContent((await coach.Client.GetDocumentAsync(url)).FieldsOf()));
        var exported = await ExportAsync(coach);

        await using var elsewhere = new AppFactory();
        var there = await SignedInCoach.CreateEmptyAsync(elsewhere, "Export source");
        var imported = await ImportAsync(there, exported);
        var again = await ExportAsync(there);

        Assert.Equal("Imported 13 moves and 5 routines.", imported.Text("[role=status]"));
        Assert.Equal(exported, again);
        Assert.Equal("5-minute post-run", (await elsewhere.CreateClient().GetDocumentAsync($"/routines/{slug}")).Text("h1"));

        // The moves' and routines' text in other languages goes with them.
        Assert.Contains("\"translations\": {", exported);
        var spanish = elsewhere.AskingFor("es");
        var page = await spanish.GetDocumentAsync($"/routines/{slug}");
        Assert.Equal("Después de correr en 5 minutos", page.Text("h1"));
        Assert.Contains("Pasadas amplias para las piernas", page.Texts("h3 a"));
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "truncated JSON", """{ "schemaVersion": 1, "moves": [ { "slug": "cut-off" """, "$: The JSON is malformed or cut short" },
        { "wrong type", """{ "schemaVersion": 1, "moves": [ { "slug": "typed", "defaultSeconds": "sixty" } ] }""", "$.moves[0].defaultSeconds: This value has the wrong type" },
        { "unknown enum value", ValidFile.Replace("\"calves\"", "\"knees\""), "$.moves[0].regions[0]: 'knees' is not a known body region" },
        { "duplicate slug", ValidFile.Replace("\"moves\": [", "\"moves\": [" + ValidMove + ","), "$.moves[1].slug: Another move in this file already uses the slug 'imported-calf-roll'." },
        { "slug already on the site", ValidFile.Replace("imported-calf-roll", "easy-jog"), "$.moves[0].slug: The slug 'easy-jog' is already used by a move on this site" },
        { "missing schema version", ValidFile.Replace("\"schemaVersion\": 1,", ""), "$.schemaVersion: Required" },
        { "routine with an unknown move", ValidFile.Replace("\"move\": \"imported-calf-roll\"", "\"move\": \"ghost\""), "$.routines[0].items[0].move: There is no move with the slug 'ghost' in this library." },
    };

    private const string ValidMove = """
        { "slug": "imported-calf-roll", "name": "Calf roll", "regions": ["calves"], "tools": ["foam-roller"], "position": "seated",
          "phases": ["post-run"], "technique": "broad", "intensity": "moderate", "perSide": true,
          "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120, "steps": ["Roll the calf."], "cues": [{ "atSecond": 0, "text": "Go." }] }
        """;

    private const string ValidFile = $$"""
        {
          "schemaVersion": 1,
          "moves": [{{ValidMove}}],
          "routines": [{ "slug": "imported-calves", "name": "Calves", "phase": "post-run", "items": [{ "move": "imported-calf-roll", "seconds": 60 }] }]
        }
        """;

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_file_is_reported_with_its_json_path_and_changes_nothing(string what, string json, string problem)
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, $"Import {what}");
        var before = await CountsAsync();

        var page = await ImportAsync(coach, json);

        Assert.Contains(page.Texts(".problems li"), p => p.StartsWith(problem));
        Assert.Contains("Nothing was imported.", page.FieldError("Upload"));
        Assert.Equal(before, await CountsAsync());
    }

    public static TheoryData<string, string, string> ProblemsInLanguages => new()
    {
        { "de", """{ "schemaVersion": 1, "moves": [ { "slug": "typed", "defaultSeconds": "sixty" } ] }""",
            "$.moves[0].defaultSeconds: Dieser Wert hat den falschen Typ: erwartet wird eine ganze Zahl." },
        { "de", ValidFile.Replace("\"moves\": [", "\"moves\": [" + ValidMove + ","),
            "$.moves[1].slug: Eine andere Übung in dieser Datei verwendet den Slug „imported-calf-roll“ schon." },
        { "es", ValidFile.Replace("\"calves\"", "\"knees\""), "$.moves[0].regions[0]: «knees» no es un valor conocido para «body region»; usa uno de estos: " },
        { "es", ValidFile.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
            "$.schemaVersion: La versión de esquema 2 no es compatible; este lector entiende la versión 1." },
    };

    [Theory]
    [MemberData(nameof(ProblemsInLanguages))]
    public async Task A_files_problems_are_listed_in_the_coachs_language(string language, string json, string problem)
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, $"Import in {language} {Guid.NewGuid():N}");
        coach.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await ImportAsync(coach, json);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.Texts(".problems li"), p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_valid_file_is_imported_whole()
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, "Import valid");

        var page = await ImportAsync(coach, ValidFile.Replace("imported-", "whole-"));

        Assert.Equal("Imported 1 moves and 1 routines.", page.Text("[role=status]"));
        var routine = await app.WithDbAsync(db => db.Routines.Include(r => r.Items).SingleAsync(r => r.Slug == "whole-calves"));
        Assert.Equal((ContentStatus.Published, 1, 1), (routine.Status, routine.Version, routine.Items.Count));
    }

    [Fact]
    public async Task A_published_routine_publishes_its_draft_moves_as_the_editor_does()
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, "Import drafts");

        var page = await ImportAsync(coach, ValidFile.Replace("imported-", "drafted-").Replace("\"perSide\": true,", "\"perSide\": true, \"status\": \"draft\","));

        Assert.Equal("Imported 1 moves and 1 routines.", page.Text("[role=status]"));
        Assert.Equal(ContentStatus.Published, await app.WithDbAsync(db => db.Moves.Where(m => m.Slug == "drafted-calf-roll").Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_published_routine_with_an_archived_move_is_refused_as_the_editor_refuses_it()
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, "Import archived");
        var before = await CountsAsync();

        var page = await ImportAsync(coach, ValidFile.Replace("imported-", "archived-").Replace("\"perSide\": true,", "\"perSide\": true, \"status\": \"archived\","));

        Assert.Contains("$.routines[0].status: These moves are archived: archived-calf-roll.", page.Texts(".problems li").Single());
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>One published move and a post-run routine of as many items as asked, each a warm-up drill, which post-run routines may not use.</summary>
    public static string RoutineOfDrills(int items, string prefix) => $$"""
        {
          "schemaVersion": 1,
          "moves": [{{ValidMove.Replace("imported-", prefix)}}, { "slug": "{{prefix}}jog", "name": "Jog", "regions": ["full-body"], "position": "standing",
            "phases": ["pre-run"], "technique": "drill", "intensity": "gentle", "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120, "steps": ["Jog."] }],
          "routines": [{ "slug": "{{prefix}}drills", "name": "Drills", "phase": "post-run", "items": [{{string.Join(",", Enumerable.Repeat($"{{ \"move\": \"{prefix}jog\", \"seconds\": 60 }}", items))}}] }]
        }
        """;

    [Fact]
    public async Task A_routine_of_27000_broken_items_gets_a_bounded_list_of_problems_and_changes_nothing()
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, "Import many items");
        var before = await CountsAsync();
        var file = RoutineOfDrills(27_000, "many-");
        Assert.InRange(Encoding.UTF8.GetByteCount(file), 900_000, LibraryImport.MaxBytes);

        var response = await PostImportAsync(coach, Encoding.UTF8.GetBytes(file));
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ToDocumentAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LibraryFileReader.MaxListedProblems, page.Texts(".problems li").Count());
        Assert.Contains("$.routines[0].items", page.Texts(".problems li").Skip(1).First());
        Assert.Contains("problems not listed here", page.Text(".unlisted"));
        Assert.InRange(html.Length, 1, 100_000);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_of_330000_empty_moves_gets_a_bounded_list_of_problems_and_changes_nothing()
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, "Import empty moves");
        var before = await CountsAsync();
        var file = $"{{\"schemaVersion\":1,\"moves\":[{string.Join(",", Enumerable.Repeat("{}", 330_000))}]}}";
        Assert.InRange(file.Length, 900_000, LibraryImport.MaxBytes);

        var response = await PostImportAsync(coach, Encoding.UTF8.GetBytes(file));
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ToDocumentAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LibraryFileReader.MaxListedProblems, page.Texts(".problems li").Count());
        Assert.Equal("$.moves[0].defaultSeconds: Required.", page.Texts(".problems li").First());
        Assert.Contains("more moves and routines have problems", page.Text(".unlisted"));
        Assert.InRange(html.Length, 1, 100_000);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_over_one_megabyte_is_refused_with_a_clear_message()
    {
        var coach = await SignedInCoach.CreateEmptyAsync(app, "Import oversized");
        var before = await CountsAsync();
        var padding = new string(' ', 1024 * 1024);

        var page = await ImportAsync(coach, padding + ValidFile);

        Assert.StartsWith("That file is 1.0 MB; a library file can be at most 1 MB.", page.FieldError("Upload"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_page_for_a_413_says_library_files_are_at_most_one_megabyte()
    {
        // A real oversized upload, refused before it is read, is in the browser tests (CoachAdminTests).
        var page = await app.CreateClient().GetDocumentAsync("/errors/413");

        Assert.Equal("That upload is too large", page.Text("h1"));
        Assert.Contains("at most 1 MB", page.Text("main"));
    }
}
