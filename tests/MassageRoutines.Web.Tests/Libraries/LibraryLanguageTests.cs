using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Libraries;

/// <summary>
/// The library's own text in the reader's language: the seeded moves and routines in Spanish and
/// German, and the default (English) text, marked lang="en", where a move or routine has none.
/// </summary>
public class LibraryLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Asking(string language) => app.AskingFor(language);

    [Fact]
    public async Task Every_seeded_move_and_routine_has_its_text_in_spanish_and_german()
    {
        var (moves, routines) = await app.WithDbAsync(async db =>
            ((await db.Moves.ToListAsync()).Select(m => m.ToMove()).ToList(), await db.Routines.ToListAsync()));

        Assert.All(moves, move =>
        {
            Assert.Equal(["de", "es"], move.Translations.Keys.Order());
            Assert.Empty(MoveRules.Check(move));
            Assert.All(move.Translations.Values, text => Assert.NotEqual(move.Name, text.Name));
        });
        Assert.All(routines, routine => Assert.Equal(["de", "es"], RoutineJson.ReadTranslations(routine.Translations, RoutineText.None).Keys.Order()));
    }

    [Fact]
    public async Task The_safety_words_read_as_the_glossary_has_them()
    {
        var move = await app.WithDbAsync(async db => (await db.Moves.SingleAsync(m => m.Slug == "it-band-quads-roll")).ToMove());

        Assert.Contains("Stop on sharp pain, numbness or tingling.", move.Cautions);
        Assert.Contains("Detente si sientes dolor agudo, entumecimiento u hormigueo.", move.Translations["es"].Cautions);
        Assert.Contains("Hör sofort auf bei stechendem Schmerz, Taubheitsgefühl oder Kribbeln.", move.Translations["de"].Cautions);
    }

    [Theory]
    [InlineData("es", "Rodillo para cintilla iliotibial y cuádriceps")]
    [InlineData("de-DE", "IT-Band und Quadrizeps rollen")]
    [InlineData("en", "IT band and quads roll")]
    public async Task The_timeline_speaks_the_language_asked_for(string language, string moveName)
    {
        var expected = await app.WithDbAsync(async db => (await db.Moves.SingleAsync(m => m.Slug == "it-band-quads-roll")).ToMove().In(language[..2]));
        Assert.Equal(moveName, expected.Name);

        // Twice: the second answer may come from the output cache, which keeps one per language.
        for (var i = 0; i < 2; i++)
        {
            var timeline = await Asking(language).GetFromJsonAsync<JsonElement>("/api/routines/pre-run-full/timeline");

            var move = timeline.GetProperty("moves").EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "it-band-quads-roll");
            Assert.Equal(moveName, move.GetProperty("name").GetString());
            Assert.Equal(language[..2], move.GetProperty("language").GetString());
            Assert.False(move.TryGetProperty("translations", out _));
            var work = timeline.GetProperty("segments").EnumerateArray().First(s => s.GetProperty("kind").GetString() == "work" && s.GetProperty("move").GetString() == "it-band-quads-roll");
            Assert.Contains(work.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()), text => expected.Cues.Any(c => c.Text == text));
        }
    }

    [Theory]
    [InlineData("es", "Rutina completa antes de correr", "Soltar zona lumbar y caderas")]
    [InlineData("de", "Komplette Routine vor dem Lauf", "Unteren Rücken und Hüften lösen")]
    [InlineData("en", "Full pre-run routine", "Low back and hips release")]
    public async Task The_pages_show_the_library_in_the_language_asked_for_without_marking_it(string language, string routine, string move)
    {
        var client = Asking(language);

        foreach (var page in new[] { await client.GetDocumentAsync("/routines"), await client.GetDocumentAsync("/routines") })
        {
            var link = page.QuerySelectorAll("h2 a").Single(a => a.GetAttribute("href") == "/routines/pre-run-full");
            Assert.Equal((routine, null), (link.TextContent, link.GetAttribute("lang")));
        }
        var details = await client.GetDocumentAsync("/routines/pre-run-full");
        Assert.Equal(routine, details.Text("h1"));
        Assert.Contains(move, details.Texts("h3 a"));
        var movePage = await client.GetDocumentAsync("/moves/low-back-hips-release");
        Assert.Equal((move, null), (movePage.Text("h1"), movePage.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Null(movePage.QuerySelector("ol.steps")!.GetAttribute("lang"));
        Assert.Contains(move, (await client.GetDocumentAsync("/moves")).Texts("h2 a"));
    }

    [Fact]
    public async Task A_signed_in_runners_kept_fragments_are_kept_per_language()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var runner = await app.SignedInAsync(email);

        var names = new List<string>();
        foreach (var language in new[] { "es", "de", "es", "en" })
        {
            runner.DefaultRequestHeaders.AcceptLanguage.Clear();
            runner.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            names.Add((await runner.GetDocumentAsync("/moves/easy-jog")).Text("h1"));
        }

        Assert.Equal(["Trote suave", "Lockeres Traben", "Trote suave", "Easy jog"], names);
    }

    [Fact]
    public async Task A_move_or_routine_without_the_language_shows_its_default_text_marked_as_english()
    {
        await using var site = new AppFactory { SeedsFolder = SeedsWithout(["easy-jog"], ["post-run-quick"]) };
        var client = site.AskingFor("es");

        var movePage = await client.GetDocumentAsync("/moves/easy-jog");
        var routines = await client.GetDocumentAsync("/routines");
        var timeline = await client.GetFromJsonAsync<JsonElement>("/api/routines/pre-run-full/timeline?warmup=timed");

        Assert.Equal(("Easy jog", "en"), (movePage.Text("h1"), movePage.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Equal("en", movePage.QuerySelector("ol.steps")!.GetAttribute("lang"));
        Assert.Equal("en", movePage.QuerySelector("ul.cues")!.GetAttribute("lang"));
        var quick = routines.QuerySelectorAll("h2 a").Single(a => a.GetAttribute("href") == "/routines/post-run-quick");
        Assert.Equal(("5-minute post-run", "en"), (quick.TextContent, quick.GetAttribute("lang")));
        var full = routines.QuerySelectorAll("h2 a").Single(a => a.GetAttribute("href") == "/routines/post-run-full");
        Assert.Equal(("Rutina completa después de correr", null), (full.TextContent, full.GetAttribute("lang")));
        var jog = timeline.GetProperty("moves").EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "easy-jog");
        Assert.Equal(("Easy jog", "en"), (jog.GetProperty("name").GetString(), jog.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task A_site_seeded_before_the_translations_gets_them_on_its_next_start_once()
    {
        await using var first = new AppFactory { SeedsFolder = SeedsWithout(AllSlugs("moves"), AllSlugs("routines")) };
        var before = await first.WithDbAsync(db => db.Routines.SingleAsync(r => r.Slug == "pre-run-full"));
        Assert.Null(before.Translations);

        await using var restarted = AppFactory.RestartOf(first);
        var (jog, routine) = await restarted.WithDbAsync(async db =>
            ((await db.Moves.SingleAsync(m => m.Slug == "easy-jog")).ToMove(), await db.Routines.SingleAsync(r => r.Slug == "pre-run-full")));
        var client = restarted.AskingFor("de");
        var page = await client.GetDocumentAsync("/routines/pre-run-full");

        Assert.Equal("Lockeres Traben", jog.Translations["de"].Name);
        Assert.Equal(before.Version + 1, routine.Version);
        Assert.Equal("Komplette Routine vor dem Lauf", page.Text("h1"));
        Assert.Contains("IT-Band und Quadrizeps rollen", page.Texts("h3 a"));

        // The files were loaded as they are; a start with other files of the same text changes nothing.
        await restarted.WithDbAsync(db => db.StoreSettings.Where(s => s.Key == "Seeds.Loaded").ExecuteDeleteAsync());
        await using var again = AppFactory.RestartOf(first);
        Assert.Equal(routine.Version, await again.WithDbAsync(async db => (await db.Routines.SingleAsync(r => r.Slug == "pre-run-full")).Version));
    }

    private static readonly string RepositorySeeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    private static string[] AllSlugs(string array) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositorySeeds, $"{array}.json")))![array]!.AsArray().Select(e => e!["slug"]!.GetValue<string>()).ToArray();

    /// <summary>A copy of the seeds in which these moves and routines have no translations.</summary>
    private static string SeedsWithout(string[] moves, string[] routines)
    {
        var folder = Directory.CreateTempSubdirectory("massage-routines-seeds-").FullName;
        foreach (var (array, slugs) in new[] { ("moves", moves), ("routines", routines) })
        {
            var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositorySeeds, $"{array}.json")))!;
            foreach (var entry in file[array]!.AsArray().Where(e => slugs.Contains(e!["slug"]!.GetValue<string>())))
            {
                entry!.AsObject().Remove("translations");
            }
            File.WriteAllText(Path.Combine(folder, $"{array}.json"), file.ToJsonString());
        }
        return folder;
    }
}
