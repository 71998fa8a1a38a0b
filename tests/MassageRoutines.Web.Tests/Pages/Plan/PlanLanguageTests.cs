using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Tests.Pages.Plan;

/// <summary>A member's plan and a group's join page in Spanish and German, with the week's days named in the language.</summary>
public class PlanLanguageTests : IClassFixture<AppFactory>
{
    /// <summary>Wednesday 4 March 2026, midday.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly AppFactory app;

    public PlanLanguageTests(AppFactory app)
    {
        this.app = app;
        app.Clock.Pin(Now);
    }

    private async Task<(HttpClient Member, Group Group)> MemberAsync(string language)
    {
        var coachId = await app.CreateCoachAsync($"coach-{Guid.NewGuid():N}@example.com");
        var email = $"member-{Guid.NewGuid():N}@example.com";
        var memberId = await app.CreateUserAsync(email);
        var group = await app.CreateGroupAsync(coachId, "Tuesday track",
            [new PlanItem { RoutineSlug = "pre-run-quick", Timing = PlanTiming.BeforeRun, Days = [DayOfWeek.Wednesday] }], memberId);
        var client = await app.SignedInAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return (client, group);
    }

    [Theory]
    [InlineData("es", "El plan de esta semana", "miércoles 4 de mar (hoy)", "Antes de correr: Antes de correr en 5 min", "Salir de Tuesday track")]
    [InlineData("de", "Der Plan dieser Woche", "Mittwoch, 4. März (heute)", "Vor dem Lauf: 5 Minuten vor dem Lauf", "Tuesday track verlassen")]
    public async Task The_week_s_plan_names_its_days_and_timings_in_the_language(string language, string heading, string today, string planned, string leave)
    {
        var (member, _) = await MemberAsync(language);

        var page = await member.GetDocumentAsync("/plan");

        Assert.Equal((language, heading), (page.DocumentElement.GetAttribute("lang"), page.Text("h1")));
        var day = page.QuerySelector("li[aria-current=date]")!;
        Assert.Equal(today, day.QuerySelector("h3")!.TextContent);
        Assert.StartsWith(planned, System.Text.RegularExpressions.Regex.Replace(day.QuerySelector("ul li")!.TextContent, @"\s+", " ").Trim());
        Assert.Equal(leave, page.Text("section.week-plan form button"));
    }

    [Theory]
    [InlineData("es", "Unirte a Tuesday track", "Lo que verán tus entrenadores")]
    [InlineData("de", "Tuesday track beitreten", "Was deine Coaches sehen")]
    public async Task The_join_page_speaks_the_language(string language, string heading, string seen)
    {
        var (_, group) = await MemberAsync(language);
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var runner = await app.SignedInAsync(email);
        runner.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await runner.GetDocumentAsync($"/groups/join/{group.JoinToken}");

        Assert.Equal((language, heading), (page.DocumentElement.GetAttribute("lang"), page.Text("h1")));
        Assert.Equal(seen, page.Text("#seen-title"));
        Assert.Equal(heading, page.Text("main form button"));
    }
}
