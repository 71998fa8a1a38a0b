using MassageRoutines.Engine;
using MassageRoutines.Web.Pictures;

namespace MassageRoutines.Web.Tests.Pictures;

public class BodyMapTests
{
    private static string[] Kebabs(IEnumerable<BodyRegion> regions) => regions.Select(Kebab.Of).Order().ToArray();

    [Fact]
    public void The_figure_has_one_shape_per_region_except_full_body()
    {
        Assert.Equal(Kebabs(Markup.DrawnRegions), Kebabs(BodyFigure.Shapes.Select(s => s.Region)));

        var map = Markup.Parse(BodyMap.Worked([], PictureSize.Normal, Markup.Words));
        Assert.Equal(Kebabs(Markup.DrawnRegions), map.WithClass("shape").Select(s => s.Region()).Order());
    }

    public static TheoryData<BodyRegion[]> RegionSets => new()
    {
        { [BodyRegion.Quads] },
        { [BodyRegion.Glutes, BodyRegion.HipRotators] },
        { [BodyRegion.LowBack, BodyRegion.Hips, BodyRegion.ItBand, BodyRegion.Shins] },
        { [BodyRegion.FullBody] },
    };

    [Theory]
    [MemberData(nameof(RegionSets))]
    public void A_moves_map_is_an_image_whose_text_lists_exactly_its_regions(BodyRegion[] regions)
    {
        var map = Markup.Parse(BodyMap.Worked(regions, PictureSize.Normal, Markup.Words));

        Assert.Equal("img", (string?)map.Attribute("role"));
        var label = (string)map.Attribute("aria-label")!;
        Assert.StartsWith("Body map of what this works: ", label);
        Assert.Equal(regions.Select(Labels.Of), label.Split(": ")[1].Split(", "));
    }

    [Fact]
    public void A_moves_regions_are_coloured_and_no_others()
    {
        var map = Markup.Parse(BodyMap.Worked([BodyRegion.Glutes, BodyRegion.Calves], PictureSize.Normal, Markup.Words));

        Assert.Equal(["calves", "glutes"], map.WithClass("worked").Select(e => e.Region()).Order());
        Assert.All(map.WithClass("worked"), e => Assert.True(e.HasClass("shape")));
    }

    [Fact]
    public void Full_body_colours_the_whole_figure_rather_than_any_one_shape()
    {
        var map = Markup.Parse(BodyMap.Worked([BodyRegion.FullBody], PictureSize.Normal, Markup.Words));

        var worked = map.WithClass("worked").ToList();
        Assert.NotEmpty(worked);
        Assert.All(worked, e => Assert.Equal(["figure", "region-full-body", "worked"], e.Classes()));
        Assert.Equal(map.WithClass("figure").Count(), worked.Count);
    }

    [Fact]
    public void A_routines_map_shades_each_region_in_quarters_of_the_longest_time()
    {
        var seconds = new Dictionary<BodyRegion, int>
        {
            [BodyRegion.LowBack] = 61, [BodyRegion.Quads] = 240, [BodyRegion.Glutes] = 120, [BodyRegion.Calves] = 30,
        };

        var map = Markup.Parse(BodyMap.Shaded(seconds, PictureSize.Normal, Markup.Words));

        var shades = map.WithClass("shaded").ToDictionary(e => e.Region(), e => e.Classes().Single(c => c.StartsWith("shade-")));
        Assert.Equal(new Dictionary<string, string>
        {
            ["low-back"] = "shade-2", ["quads"] = "shade-4", ["glutes"] = "shade-2", ["calves"] = "shade-1",
        }, shades);
        Assert.Equal(new Dictionary<BodyRegion, int>
        {
            [BodyRegion.LowBack] = 2, [BodyRegion.Quads] = 4, [BodyRegion.Glutes] = 2, [BodyRegion.Calves] = 1,
        }, BodyMap.Shades(seconds));
        Assert.Equal("Body map, shaded by time on each region: Low back 1:01, Quads 4:00, Glutes 2:00, Calves 0:30",
            (string?)map.Attribute("aria-label"));
    }

    [Theory]
    [InlineData(PictureSize.Small, "picture-small")]
    [InlineData(PictureSize.Normal, "picture-normal")]
    [InlineData(PictureSize.Large, "picture-large")]
    public void Each_map_is_a_standalone_svg_sized_by_a_class(PictureSize size, string sizeClass)
    {
        foreach (var map in new[]
                 {
                     Markup.Parse(BodyMap.Worked([BodyRegion.Hips], size, Markup.Words)),
                     Markup.Parse(BodyMap.Shaded(new Dictionary<BodyRegion, int> { [BodyRegion.Hips] = 60 }, size, Markup.Words)),
                 })
        {
            Assert.Equal("{http://www.w3.org/2000/svg}svg", map.Name.ToString());
            Assert.Equal(["body-map", sizeClass], map.Classes());
            Assert.DoesNotContain(map.DescendantsAndSelf(), e => e.Attribute("style") is not null || e.Name.LocalName is "style" or "script");
            Assert.Equal(["Front view", "Back view"], map.All("text").Select(t => t.Value));
        }
    }
}
