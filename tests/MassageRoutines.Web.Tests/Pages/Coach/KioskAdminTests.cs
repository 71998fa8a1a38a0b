using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using MassageRoutines.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Pages.Coach;

public class KioskAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coach_adds_a_kiosk_and_gets_its_secret_address()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await (await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Front desk tablet"), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "120"), new("Form.Voice", "true")],
            "/coach/kiosks?handler=Add")).ToDocumentAsync();

        var kiosk = await app.WithDbAsync(db => db.Kiosks.SingleAsync(k => k.CreatedBy == coach.UserId));
        Assert.Equal(("Front desk tablet", 120, true, 32), (kiosk.Name, kiosk.IdleSeconds, kiosk.Voice, kiosk.Token.Length));
        Assert.Contains($"/kiosk/{kiosk.Token}", page.Text("[role=status]"));
        Assert.Equal("Front desk tablet", page.Text("#yours-title ~ article h3"));
    }

    [Fact]
    public async Task A_kiosk_needs_a_name_a_sensible_idle_time_and_routines_of_its_library()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await (await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", ""), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "5"), new("Form.Routines", "post-run-quick")],
            "/coach/kiosks?handler=Add")).ToDocumentAsync();

        Assert.StartsWith("Give the kiosk a name", page.FieldError("Form.Name"));
        Assert.Equal("Idle time must be between 30 and 600 seconds.", page.FieldError("Form.IdleSeconds"));
        Assert.StartsWith("Pick only published routines of", page.FieldError("Form.Routines"));
        Assert.False(await app.WithDbAsync(db => db.Kiosks.AnyAsync(k => k.CreatedBy == coach.UserId)));
    }

    /// <summary>Midday, so that a log an hour or two back is on the same day whatever the real time is.</summary>
    private static readonly DateTime Now = new(2026, 3, 4, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Usage_shows_sessions_per_day_completion_and_stops_for_pain_and_revoking_disables_the_kiosk()
    {
        app.Clock.Pin(Now);
        var coach = await SignedInCoach.CreateAsync(app);
        var (kioskId, token) = await app.WithDbAsync(async db =>
        {
            var kiosk = new KioskRecord { Name = "Treadmill TV", Token = Guid.NewGuid().ToString("N"), LibraryId = coach.Library.Id, CreatedBy = coach.UserId, CreatedAt = Now };
            db.Kiosks.Add(kiosk);
            await db.SaveChangesAsync();
            var logs = new[]
            {
                RunnerHistoryTests.Log(Now.AddHours(-1)),
                RunnerHistoryTests.Log(Now.AddHours(-2)),
                RunnerHistoryTests.Log(Now.AddDays(-1), pain: [new PainEvent(1, Symptom.Tingling, null, PainChoice.EndSession)]),
                // Carried on lighter: a completed session, not a stop.
                WithOutcome(RunnerHistoryTests.Log(Now.AddDays(-1), pain: [new PainEvent(1, Symptom.SharpPain, null, PainChoice.ContinueLighter)]), SessionOutcome.Completed),
                RunnerHistoryTests.Log(Now.AddDays(-20)),
            };
            var writer = app.Services.GetRequiredService<SessionWriter>();
            foreach (var log in logs)
            {
                log.KioskId = kiosk.Id;
                await writer.WriteAsync(log, CancellationToken.None);
            }
            return (kiosk.Id, kiosk.Token);
        });

        var page = await coach.Client.GetDocumentAsync("/coach/kiosks");

        Assert.Equal(["Sessions, last 14 days", "Completed", "Stops for pain"], page.Texts("article .facts dt"));
        Assert.Equal(["4", "75%", "1"], page.Texts("article .facts dd"));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2", "2"], page.Texts("article tbody td"));

        var revoked = await (await coach.Client.PostFormAsync("/coach/kiosks", [new("id", kioskId.ToString())], "/coach/kiosks?handler=Revoke")).ToDocumentAsync();
        Assert.StartsWith("Revoked Treadmill TV", revoked.Text("[role=status]"));
        Assert.Equal(System.Net.HttpStatusCode.Gone, (await app.CreateClient().GetAsync($"/kiosk/{token}")).StatusCode);
    }

    private static SessionLog WithOutcome(SessionLog log, SessionOutcome outcome)
    {
        log.Outcome = outcome;
        return log;
    }
}
