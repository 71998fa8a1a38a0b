using System.Globalization;
using System.Xml.Linq;
using MassageRoutines.Engine;
using MassageRoutines.Web.Pictures;

namespace MassageRoutines.Web.Tests.Pictures;

public class PictogramTests
{
    private static readonly Tool?[] EveryTool = [null, .. Enum.GetValues<Tool>().Cast<Tool?>()];

    public static TheoryData<Position, Tool?> EveryPositionAndTool()
    {
        var data = new TheoryData<Position, Tool?>();
        foreach (var position in Enum.GetValues<Position>())
        {
            foreach (var tool in EveryTool)
            {
                data.Add(position, tool);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPositionAndTool))]
    public void Every_position_is_drawn_with_every_tool_and_said_in_words(Position position, Tool? tool)
    {
        var picture = Markup.Parse(Pictogram.Svg(position, tool, PictureSize.Normal, Markup.Words));

        Assert.Equal("{http://www.w3.org/2000/svg}svg", picture.Name.ToString());
        Assert.Equal("img", (string?)picture.Attribute("role"));
        Assert.Equal(Pictogram.AltText(position, tool, Markup.Words), (string?)picture.Attribute("aria-label"));
        Assert.Single(picture.WithClass("head"));
        Assert.NotEmpty(picture.WithClass("limb"));
        var toolParts = picture.WithClass("tool").Concat(picture.WithClass("tool-line"));
        Assert.Equal(tool is not null, toolParts.Any());
        Assert.DoesNotContain(picture.DescendantsAndSelf(), e => e.Attribute("style") is not null || e.Name.LocalName is "style" or "script");
    }

    [Theory]
    [InlineData(Position.Seated, Tool.FoamRoller, "Seated, with a foam roller")]
    [InlineData(Position.LyingOnBack, Tool.Bolster, "Lying on your back, with a bolster")]
    [InlineData(Position.LyingOnSide, Tool.Ball, "Lying on your side, with a massage ball")]
    [InlineData(Position.Seated, Tool.Hands, "Seated, with your hands")]
    [InlineData(Position.Standing, Tool.MassageGun, "Standing, with a massage gun")]
    [InlineData(Position.Standing, null, "Standing, body weight only")]
    public void The_alt_text_says_the_position_and_the_tool(Position position, Tool? tool, string expected) =>
        Assert.Equal(expected, Pictogram.AltText(position, tool, Markup.Words));

    [Fact]
    public void A_move_is_drawn_from_its_own_position_and_first_tool()
    {
        var move = new Move
        {
            Slug = "coach-made", Name = "A coach's own move", Regions = [BodyRegion.Adductors], Tools = [Tool.Ball, Tool.FoamRoller],
            Position = Position.Seated, Phases = [Phase.PostRun], Technique = Technique.Point, Intensity = Intensity.Moderate,
            DefaultSeconds = 60, MinSeconds = 30, MaxSeconds = 90, Steps = ["Sit on the ball."],
        };

        Assert.Equal("Seated, with a massage ball", (string?)Markup.Parse(Pictogram.Of(move, PictureSize.Small, Markup.Words)).Attribute("aria-label"));
        Assert.Equal("Seated, body weight only", (string?)Markup.Parse(Pictogram.Of(move with { Tools = [] }, PictureSize.Small, Markup.Words)).Attribute("aria-label"));
        Assert.Equal(["pictogram", "picture-small"], Markup.Parse(Pictogram.Of(move, PictureSize.Small, Markup.Words)).Classes());
    }

    [Fact]
    public void Each_position_and_each_tool_looks_different()
    {
        var drawings = EveryPositionAndTool().Select(row => Drawing((Position)row[0], (Tool?)row[1])).ToList();

        Assert.Equal(drawings.Count, drawings.Distinct().Count());
    }

    [Theory]
    [InlineData(Position.LyingOnBack)]
    [InlineData(Position.LyingOnSide)]
    [InlineData(Position.Seated)]
    public void A_tool_to_lie_or_sit_on_lifts_the_body_off_the_floor(Position position)
    {
        var onFloor = LimbPoints(position, null);
        var onRoller = LimbPoints(position, Tool.FoamRoller);

        Assert.Equal(onFloor.Length, onRoller.Length);
        Assert.Contains(onFloor.Zip(onRoller), pair => pair.Second.Y < pair.First.Y - 10);
        Assert.DoesNotContain(onFloor.Zip(onRoller), pair => pair.Second.Y > pair.First.Y);
    }

    [Fact]
    public void Standing_a_tool_to_lean_on_goes_against_a_wall()
    {
        Assert.Single(Markup.Parse(Pictogram.Svg(Position.Standing, null, PictureSize.Normal, Markup.Words)).WithClass("ground"));
        Assert.Equal(2, Markup.Parse(Pictogram.Svg(Position.Standing, Tool.Ball, PictureSize.Normal, Markup.Words)).WithClass("ground").Count());
        Assert.Single(Markup.Parse(Pictogram.Svg(Position.Standing, Tool.MassageStick, PictureSize.Normal, Markup.Words)).WithClass("ground"));
    }

    /// <summary>The drawing without its words, which differ anyway.</summary>
    private static string Drawing(Position position, Tool? tool) =>
        string.Concat(Markup.Parse(Pictogram.Svg(position, tool, PictureSize.Normal, Markup.Words)).Elements().Select(e => e.ToString(SaveOptions.DisableFormatting)));

    private static (double X, double Y)[] LimbPoints(Position position, Tool? tool)
    {
        var trunk = Markup.Parse(Pictogram.Svg(position, tool, PictureSize.Normal, Markup.Words)).WithClass("limb").First();
        return ((string)trunk.Attribute("points")!).Split(' ')
            .Select(p => p.Split(',').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray())
            .Select(xy => (xy[0], xy[1]))
            .ToArray();
    }
}
