using MassageRoutines.Engine;
using MassageRoutines.Web.LibraryFiles;

namespace MassageRoutines.Web.Tests.LibraryFiles;

public class LibraryFileReaderTests
{
    private const string ValidMove = """
        {
          "slug": "calf-roll", "name": "Calf roll", "regions": ["calves"], "tools": ["foam-roller"],
          "position": "seated", "phases": ["post-run"], "technique": "broad", "intensity": "moderate",
          "perSide": true, "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120,
          "steps": ["Sit with the roller under one calf.", "Roll from ankle to knee."],
          "cues": [{ "atSecond": 0, "text": "Roll slowly." }]
        }
        """;

    private static (LibraryFileReader Reader, List<MoveInFile> Moves) ReadMoves(string json)
    {
        var reader = new LibraryFileReader();
        var file = reader.Parse(json);
        return (reader, file is null ? [] : reader.Moves(file));
    }

    private static IEnumerable<string> Problems(LibraryFileReader reader) => reader.Problems.Select(p => p.ToString());

    [Fact]
    public void A_valid_file_reads_into_engine_moves()
    {
        var (reader, moves) = ReadMoves($$"""{ "schemaVersion": 1, "moves": [{{ValidMove}}] }""");

        Assert.Empty(reader.Problems);
        var move = Assert.Single(moves).Move;
        Assert.Equal(("calf-roll", BodyRegion.Calves, Technique.Broad, true), (move.Slug, move.Regions[0], move.Technique, move.PerSide));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "moves": [ { "slug": "a" """, "$.moves[0]: The JSON is malformed or cut short")]
    [InlineData("""{ "schemaVersion": "one" }""", "$.schemaVersion: This value has the wrong type")]
    [InlineData("""{ "schemaVersion": 1, "colour": "red" }""", "$.colour: Unknown field")]
    [InlineData("""{ "moves": [] }""", "$.schemaVersion: Required")]
    [InlineData("""{ "schemaVersion": 2 }""", "$.schemaVersion: Schema version 2 is not supported")]
    [InlineData("null", "$: The file holds null")]
    public void A_file_that_is_not_a_library_is_reported_at_its_path(string json, string expected)
    {
        var (reader, moves) = ReadMoves(json);

        Assert.Empty(moves);
        Assert.StartsWith(expected, Assert.Single(Problems(reader)));
    }

    [Fact]
    public void Every_problem_in_every_move_is_reported_with_its_path()
    {
        var broken = ValidMove.Replace("\"calves\"", "\"knees\"").Replace("\"seated\"", "\"upside-down\"").Replace("\"minSeconds\": 30", "\"minSeconds\": 90");
        var (reader, moves) = ReadMoves($$"""{ "schemaVersion": 1, "moves": [{{ValidMove}}, {{broken}}, {{ValidMove}}] }""");

        Assert.Single(moves);
        Assert.Equal(
            [
                "$.moves[1].regions[0]: 'knees' is not a known body region; use one of: low-back, hips, it-band, quads, glutes, hip-rotators, adductors, hamstrings, calves, shins, full-body.",
                "$.moves[1].position: 'upside-down' is not a known position; use one of: standing, lying-on-back, lying-on-side, seated.",
                "$.moves[1].defaultSeconds: Usual length (60 s) must not be below the shortest (90 s).",
                "$.moves[1].slug: Another move in this file already uses the slug 'calf-roll'.",
                "$.moves[2].slug: Another move in this file already uses the slug 'calf-roll'.",
            ],
            Problems(reader));
    }

    [Fact]
    public void A_routine_reports_unknown_moves_and_rule_breaks_at_their_item_paths()
    {
        var reader = new LibraryFileReader();
        var file = reader.Parse($$"""
            {
              "schemaVersion": 1,
              "moves": [{{ValidMove}}],
              "routines": [{
                "slug": "legs", "name": "Legs", "phase": "post-run",
                "items": [ { "move": "calf-roll", "seconds": 500 }, { "move": "ghost" }, { "move": "calf-roll", "sides": "middle" } ]
              }]
            }
            """)!;
        var moves = reader.Moves(file).ToDictionary(m => m.Move.Slug, m => m.Move);

        var routines = reader.Routines(file, moves);

        Assert.Empty(routines);
        Assert.Equal(
            [
                "$.routines[0].items[1].move: There is no move with the slug 'ghost' in this library.",
                "$.routines[0].items[2].sides: 'middle' is not a known side choice; use one of: both, left, right.",
                "$.routines[0].items[0].seconds: Calf roll runs 30 to 120 seconds (this asks for 500).",
            ],
            Problems(reader));
    }
}
