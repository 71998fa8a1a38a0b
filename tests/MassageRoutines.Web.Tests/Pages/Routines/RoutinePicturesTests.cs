using MassageRoutines.Web.Libraries;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Pages.Routines;

public class RoutinePicturesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Each_step_shows_its_moves_pictogram()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines/pre-run-full");

        Assert.Equal(
            ["Lying on your back, with a foam roller", "Lying on your side, with a foam roller", "Seated, with a foam roller"],
            page.QuerySelectorAll(".steps > li").Select(step => step.QuerySelector("svg.pictogram[role=img]")!.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task The_body_map_and_its_legend_give_the_time_on_each_region()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines/pre-run-full");

        var map = page.QuerySelector(".routine-map svg.body-map[role=img]")!;
        Assert.Equal("Body map, shaded by time on each region: Low back 2:00, Hips 2:00, IT band 2:00, Quads 2:00, Glutes 2:00, Hip rotators 2:00",
            map.GetAttribute("aria-label"));
        Assert.Equal(["Low back 2:00", "Hips 2:00", "IT band 2:00", "Quads 2:00", "Glutes 2:00", "Hip rotators 2:00"],
            page.Texts(".routine-map .legend li"));
        Assert.Equal(6, map.QuerySelectorAll(".shape.shaded.shade-4").Length);
        Assert.Empty(page.QuerySelectorAll("[style], svg style, svg script"));
    }

    [Fact]
    public async Task The_longest_worked_region_is_darkest_and_the_legend_matches_the_map()
    {
        var seconds = (await app.Services.GetRequiredService<PublishedLibrary>().RoutineAsync("post-run-full"))!.Timeline.SecondsByRegion;

        var page = await app.CreateClient().GetDocumentAsync("/routines/post-run-full");

        var map = page.QuerySelector(".routine-map svg.body-map")!;
        var longest = Kebab.Of(seconds.MaxBy(r => r.Value).Key);
        Assert.NotNull(map.QuerySelector($".shape.region-{longest}.shade-4"));
        Assert.Equal(seconds.Count, map.QuerySelectorAll(".shape.shaded").Length);
        foreach (var swatch in page.QuerySelectorAll(".routine-map .legend .swatch"))
        {
            var classes = swatch.ClassList.ToArray();
            var region = classes.Single(c => c.StartsWith("region-"));
            var shade = classes.Single(c => c.StartsWith("shade-"));
            Assert.NotNull(map.QuerySelector($".shape.{region}.{shade}"));
        }
        Assert.Contains(seconds.Values, s => s != seconds.Values.Max());
    }
}
