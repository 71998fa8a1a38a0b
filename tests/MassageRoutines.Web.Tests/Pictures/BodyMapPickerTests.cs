using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MassageRoutines.Engine;
using MassageRoutines.Web.Pictures;

namespace MassageRoutines.Web.Tests.Pictures;

public partial class BodyMapPickerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static XElement Render(string name = "sore", string legend = "Where is it sore?", BodyRegion[]? isChecked = null,
        PictureSize size = PictureSize.Normal) =>
        Markup.Render(new BodyMapPickerTagHelper(Markup.Words) { Name = name, Legend = legend, Checked = isChecked ?? [], Size = size }, "body-map-picker");

    [Fact]
    public void Is_a_fieldset_of_one_labelled_checkbox_per_region_except_full_body()
    {
        var picker = Render();

        Assert.Equal("fieldset", picker.Name.LocalName);
        Assert.Equal("Where is it sore?", picker.Element("legend")!.Value);
        var boxes = picker.All("input").ToList();
        Assert.Equal(Markup.DrawnRegions.Length, boxes.Count);
        Assert.All(boxes, box =>
        {
            Assert.Equal("checkbox", (string?)box.Attribute("type"));
            Assert.Equal("sore", (string?)box.Attribute("name"));
            Assert.True(Kebab.TryParse<BodyRegion>((string?)box.Attribute("value"), out var region));
            var label = box.Parent!;
            Assert.Equal("label", label.Name.LocalName);
            Assert.Equal(Labels.Of(region), label.Value.Trim());
            Assert.Equal(Kebab.Of(region), label.Region());
        });
        Assert.Equal(Markup.DrawnRegions.Select(Kebab.Of).Order(), boxes.Select(b => (string)b.Attribute("value")!).Order());
    }

    [Fact]
    public void The_drawing_is_hidden_from_screen_readers_and_each_label_shares_a_view_with_its_shape()
    {
        var picker = Render();

        var views = picker.WithClass("body-view").ToList();
        Assert.Equal(2, views.Count);
        Assert.All(views, view =>
        {
            var figure = Assert.Single(view.All("svg"));
            Assert.Equal("true", (string?)figure.Attribute("aria-hidden"));
            Assert.Equal(figure.WithClass("shape").Select(s => s.Region()).Order(), view.WithClass("pick").Select(l => l.Region()).Order());
        });
    }

    [Fact]
    public void The_given_regions_start_checked()
    {
        var picker = Render(isChecked: [BodyRegion.Calves, BodyRegion.ItBand]);

        Assert.Equal(["calves", "it-band"], picker.All("input").Where(b => b.Attribute("checked") is not null).Select(b => (string)b.Attribute("value")!).Order());
    }

    [Theory]
    [InlineData(PictureSize.Normal, "picture-normal")]
    [InlineData(PictureSize.Large, "picture-large")]
    public void The_size_is_a_class_for_the_stylesheet(PictureSize size, string sizeClass) =>
        Assert.Equal(["body-pick", sizeClass], Render(size: size).Classes());

    [Fact]
    public void The_name_and_legend_are_encoded()
    {
        var picker = Render(name: "sore\"><b>", legend: "What's sore? <now>");

        Assert.Equal("What's sore? <now>", picker.Element("legend")!.Value);
        Assert.All(picker.All("input"), box => Assert.Equal("sore\"><b>", (string?)box.Attribute("name")));
        Assert.Empty(picker.All("b"));
    }

    [Fact]
    public void A_picker_without_a_name_is_a_mistake_in_the_page()
    {
        Assert.Throws<InvalidOperationException>(() => Render(name: ""));
        Assert.Throws<InvalidOperationException>(() => Render(legend: ""));
    }

    /// <summary>The stylesheet places each label (in percent of its view) over its region's shape, and colours the shape when checked.</summary>
    [Fact]
    public async Task The_stylesheet_puts_each_label_over_its_shape_and_colours_the_shape_when_checked()
    {
        var (css, positions) = await LabelPositionsAsync();

        Assert.Equal(Markup.DrawnRegions.Select(Kebab.Of).Order(), positions.Keys.Order());
        foreach (var shape in BodyFigure.Shapes)
        {
            var kebab = Kebab.Of(shape.Region);
            var (x, y) = positions[kebab];
            Assert.True(Parts(shape.Path).Any(part => part.Left <= x && x <= part.Right && part.Top <= y && y <= part.Bottom),
                $"The label for {kebab} at ({x}, {y}) is not over its shape.");
            Assert.Contains($".body-view:has(.region-{kebab} :checked) .shape.region-{kebab}", css);
        }
    }

    [Fact]
    public async Task The_tab_order_follows_the_picture_top_to_bottom()
    {
        var (_, positions) = await LabelPositionsAsync();

        foreach (var view in Enum.GetValues<BodyView>())
        {
            var tops = BodyFigure.Shapes.Where(s => s.View == view).Select(s => positions[Kebab.Of(s.Region)].Y).ToList();
            Assert.Equal(tops.Order(), tops);
        }
    }

    /// <summary>Each label's place in the drawing's units, as the served stylesheet sets it.</summary>
    private async Task<(string Css, Dictionary<string, (double X, double Y)> Positions)> LabelPositionsAsync()
    {
        var css = await app.CreateClient().GetStringAsync("/css/site.css");
        var positions = Position().Matches(css).ToDictionary(
            m => m.Groups["region"].Value,
            m => (X: Number(m.Groups["left"].Value) * BodyFigure.ViewWidth / 100, Y: Number(m.Groups["top"].Value) * BodyFigure.ViewHeight / 100));
        return (css, positions);
    }

    /// <summary>The bounding box of each closed part of a path (absolute commands only, as the figure is drawn).</summary>
    private static IEnumerable<(double Left, double Right, double Top, double Bottom)> Parts(string path) =>
        path.Split('M', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var numbers = NumberPattern().Matches(part).Select(m => Number(m.Value)).ToArray();
            var xs = numbers.Where((_, i) => i % 2 == 0).ToArray();
            var ys = numbers.Where((_, i) => i % 2 == 1).ToArray();
            return (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        });

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\.pick\.region-(?<region>[a-z-]+) \{ left: (?<left>[\d.]+)%; top: (?<top>[\d.]+)%; \}")]
    private static partial Regex Position();

    [GeneratedRegex(@"-?[\d.]+")]
    private static partial Regex NumberPattern();
}
