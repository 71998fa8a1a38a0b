using System.Net;

namespace MassageRoutines.Web.Tests.Pages.Moves;

public class DetailsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Shows_instructions_cues_cautions_and_credit()
    {
        var page = await app.CreateClient().GetDocumentAsync("/moves/shin-grip-ankle-circles");

        Assert.Equal("Shin grip with ankle circles", page.Text("h1"));
        Assert.Equal(4, page.QuerySelectorAll("#steps-title + ol li").Length);
        Assert.Contains("0:15 Circle the ankle both ways.", page.Texts(".cues li"));
        Assert.Contains("never hard on the bone itself", page.Text("#cautions-title + ul"));
        Assert.Contains("Hannah Floyd, LMT", page.Text(".credit"));
        Assert.Contains("Fleet Feet", page.Text(".credit"));
    }

    [Fact]
    public async Task Lists_the_routines_that_use_the_move_including_as_a_warm_up_drill()
    {
        var drill = await app.CreateClient().GetDocumentAsync("/moves/high-knees");
        var move = await app.CreateClient().GetDocumentAsync("/moves/it-band-quads-roll");

        Assert.Equal(["Full pre-run routine", "5-minute pre-run"], drill.Texts("#used-in-title + ul a").Order().Reverse());
        Assert.Equal(3, move.QuerySelectorAll("#used-in-title + ul a").Length);
    }

    [Fact]
    public async Task An_unknown_move_gets_the_friendly_not_found_page()
    {
        var response = await app.CreateClient().GetAsync("/moves/no-such-move");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We can't find that page", (await response.ToDocumentAsync()).Text("h1"));
    }
}
