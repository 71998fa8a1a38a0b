using MassageRoutines.Web.Libraries;

namespace MassageRoutines.Web.Tests.Libraries;

/// <summary>A library file's translations: read beside the default text, and checked against it.</summary>
public class LibraryFileTranslationTests
{
    private const string Spanish = """
        "es": { "name": "Rodillo en la pantorrilla", "steps": ["Siéntate con el rodillo bajo una pantorrilla.", "Rueda del tobillo a la rodilla."],
                "cues": [{ "atSecond": 0, "text": "Rueda despacio." }], "cautions": ["Detente si sientes dolor agudo, entumecimiento u hormigueo."] }
        """;

    private static string File(string translations) => $$"""
        {
          "schemaVersion": 1,
          "moves": [{
            "slug": "calf-roll", "name": "Calf roll", "regions": ["calves"], "tools": ["foam-roller"],
            "position": "seated", "phases": ["post-run"], "technique": "broad", "intensity": "moderate",
            "perSide": true, "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120,
            "steps": ["Sit with the roller under one calf.", "Roll from ankle to knee."],
            "cues": [{ "atSecond": 0, "text": "Roll slowly." }],
            "cautions": ["Stop on sharp pain, numbness or tingling."],
            "translations": { {{translations}} }
          }],
          "routines": [{ "slug": "calves", "name": "Calves", "phase": "post-run", "items": [{ "move": "calf-roll" }],
                         "translations": { "de": { "name": "Waden", "summary": "Nach dem Lauf." } } }]
        }
        """;

    private static (LibraryFileReader Reader, List<MoveInFile> Moves, List<RoutineInFile> Routines) Read(string json)
    {
        var reader = new LibraryFileReader();
        if (!reader.Parse(json))
        {
            return (reader, [], []);
        }
        var moves = reader.Moves();
        return (reader, moves, reader.Routines(moves.ToDictionary(m => m.Move.Slug, m => m.Move)));
    }

    [Fact]
    public void Translations_are_read_beside_the_default_text()
    {
        var (reader, moves, routines) = Read(File(Spanish));

        Assert.Empty(reader.Problems);
        var move = Assert.Single(moves).Move;
        Assert.Equal("Rodillo en la pantorrilla", move.Translations["es"].Name);
        Assert.Equal(("Rodillo en la pantorrilla", "es", "Rueda despacio."), (move.In("es").Name, move.In("es").Language, move.In("es").Cues[0].Text));
        Assert.Equal(("Calf roll", "en"), (move.In("de").Name, move.In("de").Language));
        var routine = Assert.Single(routines).Routine;
        Assert.Equal(("Waden", "Nach dem Lauf.", "de"), (routine.In("de").Name, routine.In("de").Summary, routine.In("de").Language));
        Assert.Equal("Calf roll", routine.In("de").Items[0].Move.Name);
    }

    [Theory]
    [InlineData("""
        "es": { "name": "Pantorrilla", "steps": ["Rueda."], "cues": [{ "atSecond": 0, "text": "Rueda." }], "cautions": ["Detente."] }
        """, "$.moves[0].translations.es.steps: The 'es' text's steps must match the default text's one for one: it has 1, the default text has 2.")]
    [InlineData("""
        "es": { "name": "Pantorrilla", "steps": ["Siéntate.", "Rueda."], "cues": [{ "atSecond": 5, "text": "Rueda." }], "cautions": ["Detente."] }
        """, "$.moves[0].translations.es.cues: The 'es' text's cues must be at the default text's seconds (0); they are at 5.")]
    [InlineData("""
        "es": { "name": "Pantorrilla", "steps": ["Siéntate.", "Rueda."], "cues": [{ "atSecond": 0, "text": "Rueda." }] }
        """, "$.moves[0].translations.es.cautions: The 'es' text's cautions must match the default text's one for one: it has 0, the default text has 1.")]
    [InlineData("""
        "de": { "name": "", "steps": ["Setz dich.", "Roll."], "cues": [{ "atSecond": 0, "text": "Roll." }], "cautions": ["Hör auf."] }
        """, "$.moves[0].translations.de.name: The 'de' text's name is required.")]
    [InlineData("""
        "fr": { "name": "Mollet", "steps": ["Assieds-toi.", "Roule."] }
        """, "$.moves[0].translations.fr: Unknown field.")]
    [InlineData("""
        "es": { "steps": ["Siéntate.", "Rueda."] }
        """, "$.moves[0].translations.es.name: Required.")]
    public void A_translation_that_does_not_match_its_default_text_is_reported_at_its_path(string translations, string expected)
    {
        var reader = new LibraryFileReader();
        Assert.True(reader.Parse(File(translations)));

        Assert.Empty(reader.Moves());
        Assert.Equal(expected, Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void A_translated_step_obeys_the_length_limit()
    {
        var reader = new LibraryFileReader();
        Assert.True(reader.Parse(File(Spanish.Replace("Rueda del tobillo a la rodilla.", new string('r', 301)))));
        reader.Moves();

        Assert.Equal("$.moves[0].translations.es.steps[1]: The 'es' text's step 2 must be at most 300 characters (it has 301).", Assert.Single(reader.Problems).ToString());
    }

    [Fact]
    public void The_schema_names_the_languages_a_translation_may_be_in()
    {
        var translations = LibrarySchema.Move["properties"]!["translations"]!;

        Assert.Equal(["es", "de"], translations["properties"]!.AsObject().Select(p => p.Key));
        Assert.Contains("\"translations\"", LibrarySchema.Text);
    }
}
