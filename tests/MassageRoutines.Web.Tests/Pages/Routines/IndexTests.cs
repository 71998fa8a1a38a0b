namespace MassageRoutines.Web.Tests.Pages.Routines;

public class IndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string[]> RoutineLinks(string url) =>
        (await app.CreateClient().GetDocumentAsync(url)).QuerySelectorAll(".cards h2 a").Select(a => a.GetAttribute("href")!).Order().ToArray();

    [Fact]
    public async Task Every_published_routine_is_listed()
    {
        Assert.Equal(
            ["/routines/midday-movement-break", "/routines/post-run-full", "/routines/post-run-quick", "/routines/pre-run-full", "/routines/pre-run-quick"],
            await RoutineLinks("/routines"));
    }

    [Theory]
    [InlineData("/routines?phase=post-run", new[] { "/routines/post-run-full", "/routines/post-run-quick" })]
    [InlineData("/routines?phase=pre-run", new[] { "/routines/pre-run-full", "/routines/pre-run-quick" })]
    [InlineData("/routines?tool=ball", new[] { "/routines/post-run-full", "/routines/post-run-quick" })]
    [InlineData("/routines?region=it-band", new[] { "/routines/post-run-full", "/routines/pre-run-full", "/routines/pre-run-quick" })]
    [InlineData("/routines?phase=break&region=hips", new[] { "/routines/midday-movement-break" })]
    [InlineData("/routines?phase=pre-run&tool=ball", new string[0])]
    public async Task The_filter_narrows_by_phase_tool_and_region(string url, string[] expected)
    {
        Assert.Equal(expected, await RoutineLinks(url));
    }

    [Fact]
    public async Task The_filter_is_a_plain_get_form_whose_choices_stay_selected()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines?phase=post-run&tool=hands");

        var form = page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("post-run", page.QuerySelector("#phase option[selected]")!.GetAttribute("value"));
        Assert.Equal("hands", page.QuerySelector("#tool option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#region option[selected]"));
        Assert.Equal(["When", "Tool", "Body region"], page.QuerySelectorAll("form.filters label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task An_unknown_filter_value_is_explained_and_left_out()
    {
        var response = await app.CreateClient().GetAsync("/routines?phase=marathon&region=glutes");
        var page = await response.ToDocumentAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'marathon' is not a known phase", page.Text("[role=alert]"));
        Assert.Equal("4 routines", page.Text("[role=status]"));
    }

    [Fact]
    public async Task No_match_says_so_and_offers_every_routine()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines?phase=pre-run&tool=ball");

        Assert.Equal("0 routines", page.Text("[role=status]"));
        Assert.Contains("No routine matches", page.Body!.TextContent);
    }
}
