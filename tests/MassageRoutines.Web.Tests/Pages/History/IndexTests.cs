using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Sessions;

namespace MassageRoutines.Web.Tests.Pages.History;

public class IndexTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 18, 0, 0, DateTimeKind.Utc);

    private static async Task<HttpClient> RunnerWithSessionsAsync(AppFactory app, OwnerKey runner, params SessionLog[] sessions)
    {
        app.Clock.Pin(Now);
        await RunnerHistoryTests.StoreAsync(app, runner, sessions);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"mr_runner=anon-{runner.Id}");
        return client;
    }

    private static OwnerKey NewRunner() => RunnerHistoryTests.NewDevice();

    [Fact]
    public async Task A_new_runner_is_pointed_to_the_routines()
    {
        await using var app = new AppFactory();

        var page = await app.CreateClient().GetDocumentAsync("/history");

        Assert.Equal("Your history", page.Text("h1"));
        Assert.Contains("No sessions on this device yet", page.Text("main"));
    }

    [Fact]
    public async Task Shows_this_runners_sessions_newest_first_and_nobody_elses()
    {
        await using var app = new AppFactory();
        await RunnerWithSessionsAsync(app, NewRunner(), RunnerHistoryTests.Log(Now.AddHours(-2), discomfort: 1));
        var client = await RunnerWithSessionsAsync(app, NewRunner(),
            RunnerHistoryTests.Log(Now.AddDays(-1), 305, discomfort: 4),
            RunnerHistoryTests.Log(Now.AddHours(-3), 240));

        var page = await client.GetDocumentAsync("/history");

        var rows = page.QuerySelectorAll("#sessions-title ~ .table-scroll tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Thu 26 Nov, 15:00", "5-minute post-run", "4:00", "Completed", "–"], rows[0]);
        Assert.Equal(["Wed 25 Nov, 18:00", "5-minute post-run", "5:05", "Completed", "4/10"], rows[1]);
    }

    [Fact]
    public async Task Shows_the_week_the_streak_and_bouts_against_the_goal()
    {
        await using var app = new AppFactory();
        var client = await RunnerWithSessionsAsync(app, NewRunner(),
            RunnerHistoryTests.Log(Now.AddHours(-1), 300), RunnerHistoryTests.Log(Now.AddHours(-8), 300), RunnerHistoryTests.Log(Now.AddDays(-1), 300));

        var page = await client.GetDocumentAsync("/history");

        Assert.Equal("Sessions 3 Massage time 15 min Streak 2 days in a row", page.Text("#week-title + dl"));
        var today = page.QuerySelectorAll(".bouts tbody tr").Last().Children.Select(c => c.TextContent.Trim());
        Assert.Equal(["Thu 26 Nov", "2", "Met"], today);
    }

    [Fact]
    public async Task Suggests_a_day_off_after_a_hard_session()
    {
        await using var app = new AppFactory();
        var client = await RunnerWithSessionsAsync(app, NewRunner(),
            RunnerHistoryTests.Log(Now.AddHours(-2), discomfort: 8, regions: [new(BodyRegion.Glutes, 90)]));

        var page = await client.GetDocumentAsync("/history");
        var advice = await client.GetFromJsonAsync<JsonElement>("/api/rest-advice");

        Assert.Contains("Glutes: discomfort 8/10 after 5-minute post-run", page.Text("#rest-title + ul"));
        Assert.Equal("glutes", advice[0].GetProperty("region").GetString());
        Assert.Equal("Glutes", advice[0].GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("es", "Glúteos", "molestias de 8/10 después de 5-minute post-run")]
    [InlineData("de", "Gesäß", "Beschwerden 8/10 nach 5-minute post-run")]
    public async Task The_day_off_and_its_reason_are_in_the_pages_language(string language, string glutes, string reason)
    {
        await using var app = new AppFactory();
        var client = await RunnerWithSessionsAsync(app, NewRunner(),
            RunnerHistoryTests.Log(Now.AddHours(-2), discomfort: 8, regions: [new(BodyRegion.Glutes, 90)]));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await client.GetDocumentAsync("/history");
        var advice = await client.GetFromJsonAsync<JsonElement>("/api/rest-advice");

        Assert.StartsWith($"{glutes}: {reason}.", page.Text("#rest-title + ul"));
        Assert.Equal((glutes, reason), (advice[0].GetProperty("label").GetString(), advice[0].GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Region_minutes_are_drawn_as_a_chart_with_a_table_of_the_same_numbers()
    {
        await using var app = new AppFactory();
        var client = await RunnerWithSessionsAsync(app, NewRunner(),
            RunnerHistoryTests.Log(Now.AddHours(-2), regions: [new(BodyRegion.Glutes, 90), new(BodyRegion.Shins, 30)]),
            RunnerHistoryTests.Log(Now.AddDays(-14), regions: [new(BodyRegion.Glutes, 60)]));

        var page = await client.GetDocumentAsync("/history");

        var svg = page.QuerySelector("svg.chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(3, svg.QuerySelectorAll("rect").Length);
        Assert.Equal(["Glutes: 1 min", "Glutes: 1.5 min", "Shins: 0.5 min"], svg.QuerySelectorAll("rect title").Select(t => t.TextContent).Order());
        var glutes = page.QuerySelectorAll("table.numbers tbody tr").First().Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Glutes", "0", "0", "0", "0", "0", "1", "0", "1.5"], glutes);
    }
}
