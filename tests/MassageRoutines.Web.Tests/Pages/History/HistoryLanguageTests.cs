using System.Globalization;
using MassageRoutines.Web.Tests.Sessions;

namespace MassageRoutines.Web.Tests.Pages.History;

/// <summary>The history in Spanish and German: its words, and dates written with the language's own day and month names.</summary>
public class HistoryLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Thursday 26 November 2026, 18:00 UTC (and in London).</summary>
    private static readonly DateTime Now = new(2026, 11, 26, 18, 0, 0, DateTimeKind.Utc);

    private async Task<HttpClient> RunnerAsync(string language)
    {
        app.Clock.Pin(Now);
        var runner = RunnerHistoryTests.NewDevice();
        await RunnerHistoryTests.StoreAsync(app, runner, [RunnerHistoryTests.Log(Now.AddHours(-2), discomfort: 1)]);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"mr_runner=anon-{runner.Id}");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    [Theory]
    [InlineData("es", "Tu historial", "Fecha", "Completada", "jue", "ddd d MMM, HH:mm")]
    [InlineData("de", "Dein Verlauf", "Datum", "Abgeschlossen", "Do", "ddd, d. MMM, HH:mm")]
    public async Task The_history_speaks_the_language_and_dates_its_sessions_in_it(string language, string heading, string date, string completed, string thursday, string pattern)
    {
        var page = await (await RunnerAsync(language)).GetDocumentAsync("/history");

        Assert.Equal((language, heading), (page.DocumentElement.GetAttribute("lang"), page.Text("h1")));
        var sessions = page.QuerySelector("section[aria-labelledby=sessions-title] table")!;
        Assert.Equal(date, sessions.QuerySelector("thead th")!.TextContent);
        var cells = sessions.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(new DateTime(2026, 11, 26, 16, 0, 0).ToString(pattern, new CultureInfo(language)), cells[0]);
        Assert.StartsWith(thursday, cells[0]);
        Assert.Equal(completed, cells[3]);
    }

    [Theory]
    [InlineData("es", "Eliminar el historial de este dispositivo", "(1 sesión)")]
    [InlineData("de", "Verlauf dieses Geräts löschen", "(1 Einheit)")]
    public async Task Deleting_a_device_s_history_speaks_the_language(string language, string heading, string count)
    {
        var page = await (await RunnerAsync(language)).GetDocumentAsync("/history/delete");

        Assert.Equal((language, heading), (page.DocumentElement.GetAttribute("lang"), page.Text("h1")));
        Assert.Contains(count, page.Text("main p"));
        Assert.Equal(heading, page.Text("main form button"));
    }
}
