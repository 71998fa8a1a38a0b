namespace MassageRoutines.Engine.Tests;

public class MoveRulesTests
{
    private static readonly Move Valid = Sample.ItBand with { Credit = new("A therapist", "An article") };

    private static IEnumerable<string> FieldsBroken(Move move) => MoveRules.Check(move).Select(v => v.Field);

    [Fact]
    public void A_complete_move_passes()
    {
        Assert.Empty(MoveRules.Check(Valid));
    }

    public static TheoryData<string, Move> Broken => new()
    {
        { "slug", Valid with { Slug = "" } },
        { "slug", Valid with { Slug = "IT Band!" } },
        { "slug", Valid with { Slug = new string('a', 61) } },
        { "slug", Valid with { Slug = "new" } },
        { "name", Valid with { Name = " " } },
        { "name", Valid with { Name = new string('n', 81) } },
        { "summary", Valid with { Summary = new string('s', 301) } },
        { "regions", Valid with { Regions = [] } },
        { "regions", Valid with { Regions = [BodyRegion.Quads, BodyRegion.Quads] } },
        { "tools", Valid with { Tools = [Tool.Ball, Tool.Ball] } },
        { "phases", Valid with { Phases = [] } },
        { "minSeconds", Valid with { MinSeconds = 4 } },
        { "maxSeconds", Valid with { MaxSeconds = 1201 } },
        { "defaultSeconds", Valid with { DefaultSeconds = 20 } },
        { "defaultSeconds", Valid with { DefaultSeconds = 121 } },
        { "steps", Valid with { Steps = [] } },
        { "steps", Valid with { Steps = Enumerable.Repeat("Roll.", 13).ToArray() } },
        { "steps[1]", Valid with { Steps = ["Sit.", ""] } },
        { "steps[0]", Valid with { Steps = [new string('x', 301)] } },
        { "cues[0].atSecond", Valid with { Cues = [new(60, "Too late")] } },
        { "cues[0].atSecond", Valid with { Cues = [new(-1, "Too early")] } },
        { "cues[0].text", Valid with { Cues = [new(0, "")] } },
        { "cautions[0]", Valid with { Cautions = [" "] } },
        { "credit.expert", Valid with { Credit = new("", "An article") } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_broken_rule_names_its_field(string field, Move move)
    {
        Assert.Equal([field], FieldsBroken(move).Distinct());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var move = Valid with { Name = "", Regions = [], Steps = [] };

        Assert.Equal(["name", "regions", "steps"], FieldsBroken(move));
    }

    [Fact]
    public void Messages_say_what_is_wrong_in_plain_words()
    {
        var violation = MoveRules.Check(Valid with { DefaultSeconds = 121 }).Single();

        Assert.Equal("Usual length (121 s) must not be above the longest (120 s).", violation.Message);
    }
}
