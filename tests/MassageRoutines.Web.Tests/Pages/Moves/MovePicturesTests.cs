namespace MassageRoutines.Web.Tests.Pages.Moves;

public class MovePicturesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_move_shows_its_pictogram_and_a_body_map_of_its_regions()
    {
        var page = await app.CreateClient().GetDocumentAsync("/moves/it-band-quads-roll");

        var pictogram = page.QuerySelector(".move-pictures svg.pictogram[role=img]")!;
        Assert.Equal("Lying on your side, with a foam roller", pictogram.GetAttribute("aria-label"));
        var map = page.QuerySelector(".move-pictures svg.body-map[role=img]")!;
        Assert.Equal("Body map of what this works: IT band, Quads", map.GetAttribute("aria-label"));
        Assert.Equal(["shape region-it-band worked", "shape region-quads worked"],
            map.QuerySelectorAll(".worked").Select(e => e.GetAttribute("class")).Order());
    }

    [Fact]
    public async Task A_full_body_drill_with_no_tools_colours_the_whole_figure()
    {
        var page = await app.CreateClient().GetDocumentAsync("/moves/high-knees");

        Assert.Equal("Standing, body weight only", page.QuerySelector(".move-pictures svg.pictogram")!.GetAttribute("aria-label"));
        var map = page.QuerySelector(".move-pictures svg.body-map")!;
        Assert.Equal("Body map of what this works: Full body", map.GetAttribute("aria-label"));
        Assert.NotEmpty(map.QuerySelectorAll(".figure.worked"));
        Assert.Empty(map.QuerySelectorAll(".shape.worked"));
    }

    [Fact]
    public async Task The_pictures_need_no_inline_style_or_script_under_the_content_security_policy()
    {
        var page = await app.CreateClient().GetDocumentAsync("/moves/glutes-hips-adductors-ball");

        Assert.Equal(2, page.QuerySelectorAll(".move-pictures svg").Length);
        Assert.Empty(page.QuerySelectorAll("[style], svg style, svg script"));
    }
}
