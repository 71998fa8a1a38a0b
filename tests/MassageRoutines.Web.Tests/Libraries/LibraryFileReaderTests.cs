using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;

namespace MassageRoutines.Web.Tests.Libraries;

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
        return (reader, reader.Parse(json) ? reader.Moves() : []);
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
    [InlineData("""{ "schemaVersion": 1, "moves": [ { "slug": "a" """, "$: The JSON is malformed or cut short (line 1, column")]
    [InlineData("""{ "schemaVersion": "one" }""", "$.schemaVersion: This value has the wrong type: expected a whole number.")]
    [InlineData("""{ "schemaVersion": 1, "moves": {} }""", "$.moves: This value has the wrong type: expected a list.")]
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
        var misshapen = ValidMove.Replace("\"calves\"", "\"knees\"").Replace("\"seated\"", "\"upside-down\"").Replace("\"steps\"", "\"stepz\"");
        var ruleBreaking = ValidMove.Replace("calf-roll", "calf-roll-2").Replace("\"minSeconds\": 30", "\"minSeconds\": 90");
        var (reader, moves) = ReadMoves($$"""{ "schemaVersion": 1, "moves": [{{ValidMove}}, {{misshapen}}, {{ruleBreaking}}, {{ValidMove}}] }""");

        Assert.Single(moves);
        Assert.Equal(
            [
                "$.moves[1].position: 'upside-down' is not a known position; use one of: standing, lying-on-back, lying-on-side, seated.",
                "$.moves[1].regions[0]: 'knees' is not a known body region; use one of: low-back, hips, it-band, quads, glutes, hip-rotators, adductors, hamstrings, calves, shins, full-body.",
                "$.moves[1].steps: Required.",
                "$.moves[1].stepz: Unknown field.",
                "$.moves[2].defaultSeconds: Usual length (60 s) must not be below the shortest (90 s).",
                "$.moves[3].slug: Another move in this file already uses the slug 'calf-roll'.",
            ],
            Problems(reader));
    }

    [Fact]
    public void A_routine_reports_unknown_moves_and_rule_breaks_at_their_item_paths()
    {
        var reader = new LibraryFileReader();
        Assert.True(reader.Parse($$"""
            {
              "schemaVersion": 1,
              "moves": [{{ValidMove}}],
              "routines": [{
                "slug": "legs", "name": "Legs", "phase": "post-run",
                "items": [ { "move": "calf-roll", "seconds": 500 }, { "move": "ghost" }, { "move": "calf-roll", "sides": "left" } ]
              }, {
                "slug": "misshapen", "name": "Misshapen", "phase": "post-run",
                "items": [ { "move": "calf-roll", "sides": "middle" } ]
              }]
            }
            """));
        var moves = reader.Moves().ToDictionary(m => m.Move.Slug, m => m.Move);

        var routines = reader.Routines(moves);

        Assert.Empty(routines);
        Assert.Equal(
            [
                "$.routines[0].items[1].move: There is no move with the slug 'ghost' in this library.",
                "$.routines[0].items[0].seconds: Calf roll runs 30 to 120 seconds (this asks for 500).",
                "$.routines[1].items[0].sides: 'middle' is not a known side choice; use one of: both, left, right.",
            ],
            Problems(reader));
    }
}
