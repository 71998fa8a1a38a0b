using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Build;

public class BuildPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_home_page_links_to_the_builder_whose_form_asks_when_how_long_what_you_have_and_whats_sore()
    {
        var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Build my routine" && a.GetAttribute("href") == "/build");

        var page = await client.GetDocumentAsync("/build");

        Assert.Equal("Build my routine", page.Text("h1"));
        Assert.Equal(["pre-run", "post-run", "break"], page.QuerySelectorAll("input[name=phase]").Select(i => i.GetAttribute("value")));
        Assert.Equal("8", page.QuerySelector("input[name=minutes]")!.GetAttribute("value"));
        Assert.Equal(["foam-roller", "massage-stick", "ball", "massage-gun", "bolster"], page.QuerySelectorAll("input[name=tools]").Select(i => i.GetAttribute("value")));
        Assert.Equal(10, page.QuerySelectorAll("fieldset.body-pick label.pick input[type=checkbox][name=sore]").Length);
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name=ranHard]"));
        Assert.Equal("Build my routine", page.QuerySelector("form button[type=submit]")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".error-summary, .steps"));
    }

    [Fact]
    public async Task The_routine_built_shows_its_steps_with_pictures_a_why_for_each_move_and_starts_in_the_player()
    {
        var page = await app.CreateClient().GetDocumentAsync("/build?phase=post-run&minutes=8&tools=foam-roller&sore=calves&ranHard=true");

        Assert.Equal("Your post-run routine", page.Text("#built-title"));
        var start = page.QuerySelectorAll("a.button").Single(a => a.TextContent.Trim() == "Start routine");
        Assert.Matches("^/play/built-[0-9a-f]{16}$", start.GetAttribute("href"));
        var steps = page.QuerySelectorAll(".steps > li").ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, step =>
        {
            Assert.NotNull(step.QuerySelector("svg.pictogram[role=img][aria-label]"));
            Assert.NotNull(step.QuerySelector("svg.body-map[role=img][aria-label]"));
            Assert.StartsWith("Why this move:", step.QuerySelector(".why")!.TextContent.Trim());
        });
        Assert.Contains(page.Texts(".why"), why => why.Contains("You ran hard today") || why.Contains("Sore spots on the calves"));
        // The form is shown again as it was sent.
        Assert.True(page.QuerySelector("input[name=phase][value=post-run]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name=tools][value=foam-roller]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name=sore][value=calves]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name=ranHard]")!.HasAttribute("checked"));
        Assert.Empty(page.QuerySelectorAll("[style], svg style, svg script"));
    }

    [Fact]
    public async Task Comma_separated_values_are_ticked_as_they_were_built_spaces_and_all()
    {
        var page = await app.CreateClient().GetDocumentAsync("/build?phase=post-run&tools=foam-roller,%20massage-stick&sore=calves,%20it-band");

        Assert.NotNull(page.QuerySelector("#built-title"));
        Assert.All(new[] { "input[name=tools][value=foam-roller]", "input[name=tools][value=massage-stick]", "input[name=sore][value=calves]", "input[name=sore][value=it-band]" },
            selector => Assert.True(page.QuerySelector(selector)!.HasAttribute("checked"), selector));
    }

    [Fact]
    public async Task The_page_and_the_api_build_the_same_routine_and_store_it_once()
    {
        var client = app.CreateClient();

        var page = await client.GetDocumentAsync("/build?phase=pre-run&minutes=10&tools=foam-roller&tools=massage-stick&sore=quads");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/build?phase=pre-run&minutes=10&tools=foam-roller,massage-stick&sore=quads");

        var slug = api.GetProperty("routine").GetProperty("slug").GetString()!;
        Assert.Equal($"/play/{slug}", page.QuerySelectorAll("a.button").Single(a => a.TextContent.Trim() == "Start routine").GetAttribute("href"));
        Assert.Equal(1, await app.WithDbAsync(db => db.BuiltRoutines.CountAsync(b => b.Slug == slug)));
        Assert.Contains("after a 10-minute warm-up", page.Text(".built .meta"));
    }

    [Fact]
    public async Task Bad_values_are_field_errors_and_nothing_is_built()
    {
        var before = await app.WithDbAsync(db => db.BuiltRoutines.CountAsync());

        var response = await app.CreateClient().GetAsync("/build?minutes=30&tools=saw&sore=elbow&ranHard=maybe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Required: one of pre-run, post-run, break.", page.FieldError("phase"));
        Assert.Equal("Minutes must be between 3 and 20 (it is 30).", page.FieldError("minutes"));
        Assert.StartsWith("'saw' is not a known tool", page.FieldError("tools"));
        Assert.StartsWith("'elbow' is not a known sore spot", page.FieldError("sore"));
        Assert.StartsWith("'maybe' is not yes or no", page.FieldError("ranHard"));
        Assert.Equal(["#minutes", "#phase", "#ranHard", "#sore", "#tools"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.All(new[] { "phase", "minutes", "tools", "sore", "ranHard" }, id => Assert.NotNull(page.GetElementById(id)));
        Assert.Equal("30", page.QuerySelector("input[name=minutes]")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll(".steps"));
        Assert.Equal(before, await app.WithDbAsync(db => db.BuiltRoutines.CountAsync()));
    }

    [Fact]
    public async Task When_no_move_can_be_done_the_page_says_what_to_bring()
    {
        var page = await app.CreateClient().GetDocumentAsync("/build?phase=pre-run&minutes=8");

        Assert.Equal("No routine can be built from what you have", page.Text("#nothing-title"));
        Assert.Contains("For the IT band and quads before a run you would need a foam roller.", page.Texts("[role=alert] li"));
    }

    [Fact]
    public async Task A_signed_in_runner_is_offered_to_keep_it_and_anyone_else_to_sign_in_first()
    {
        await app.CreateUserAsync("keeper@example.com");
        var signedIn = await app.SignedInAsync("keeper@example.com");
        const string url = "/build?phase=break&minutes=5";

        var theirs = await signedIn.GetDocumentAsync(url);
        var anonymous = await app.CreateClient().GetDocumentAsync(url);

        var keep = theirs.QuerySelector("form.keep")!;
        Assert.Equal("/my-routines?handler=Keep", keep.GetAttribute("action"));
        Assert.Matches("^built-", keep.QuerySelector("input[name=slug]")!.GetAttribute("value"));
        Assert.Equal("Your movement break", keep.QuerySelector("input[name=name]")!.GetAttribute("value"));
        Assert.NotNull(keep.QuerySelector($"input[name={Forms.TokenField}]"));
        Assert.Null(anonymous.QuerySelector("form.keep"));
        Assert.Contains("to keep it under My routines", anonymous.Text(".built"));
    }
}
