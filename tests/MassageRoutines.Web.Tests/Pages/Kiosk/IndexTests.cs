using System.Net;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Pages.Kiosk;

public class IndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_kiosk_shows_its_routines_as_tiles_by_phase_and_has_no_links_at_all()
    {
        var (_, token) = await app.CreateKioskAsync();

        var page = await app.CreateClient().GetDocumentAsync($"/kiosk/{token}");

        Assert.Equal(["Sore somewhere?", "Before a run", "After a run", "Movement breaks"], page.Texts(".tile-group h3"));
        Assert.Equal(["5-minute pre-run", "Full pre-run routine", "5-minute post-run", "Full post-run routine", "Midday movement break"], page.Texts("[data-routine] .tile-name"));
        Assert.Equal("What's sore?", page.Text("#sore-tile .tile-name"));
        Assert.Equal("2:00 · no gear", page.Texts(".tile-meta").Last());
        Assert.Empty(page.QuerySelectorAll("a"));
        Assert.Null(page.QuerySelector("header, nav, footer"));
        var config = JsonDocument.Parse(page.QuerySelector("#kiosk-config")!.TextContent).RootElement;
        Assert.Equal(token, config.GetProperty("token").GetString());
        Assert.Equal(90, config.GetProperty("idleSeconds").GetInt32());
        // "What's sore?" builds from the kiosk's library, with any of the gear its routines' moves take.
        Assert.Equal("default", config.GetProperty("library").GetString());
        Assert.Equal(["foam-roller", "massage-stick", "ball", "hands", "massage-gun", "bolster"], config.GetProperty("tools").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_kiosk_set_to_chosen_routines_shows_only_those()
    {
        var (_, token) = await app.CreateKioskAsync(["post-run-quick", "midday-movement-break"]);

        var page = await app.CreateClient().GetDocumentAsync($"/kiosk/{token}");

        Assert.Equal(["5-minute post-run", "Midday movement break"], page.Texts("[data-routine] .tile-name"));
        var config = JsonDocument.Parse(page.QuerySelector("#kiosk-config")!.TextContent).RootElement;
        Assert.Equal(["foam-roller", "massage-stick", "ball", "hands", "massage-gun"], config.GetProperty("tools").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_revoked_kiosk_only_says_it_is_disabled()
    {
        var (_, token) = await app.CreateKioskAsync(revoked: true);

        var response = await app.CreateClient().GetAsync($"/kiosk/{token}");
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This kiosk is disabled", page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll("a, button, script[src*=kiosk]"));
    }

    [Fact]
    public async Task An_unknown_kiosk_address_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/kiosk/not-a-real-token")).StatusCode);
    }
}
