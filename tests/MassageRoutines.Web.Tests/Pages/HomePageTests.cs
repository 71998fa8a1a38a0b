namespace MassageRoutines.Web.Tests.Pages;

public class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Quick_starts_lead_to_the_shortest_pre_run_post_run_and_break_routines()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        var links = page.QuerySelectorAll("#quick-start-title ~ ul a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/routines/pre-run-quick", "/routines/post-run-quick", "/routines/midday-movement-break"], links);
    }

    [Fact]
    public async Task The_safety_note_says_when_to_stop_and_what_massage_cannot_fix()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        var safety = page.Text(".safety");
        Assert.Contains("Sharp pain, numbness or tingling", safety);
        Assert.Contains("cannot fix an overuse injury", safety);
        Assert.Contains("day off", safety);
    }
}
