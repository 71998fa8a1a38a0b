using System.Net;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
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

    [Fact]
    public async Task A_coach_replaces_a_kiosks_address_and_the_old_one_answers_exactly_as_a_revoked_kiosk()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        // On the seeded library (the default), whose routines a visitor's log names.
        await coach.Client.PostFormAsync("/coach/kiosks", [new("Form.Name", "Front desk"), new("Form.IdleSeconds", "90")], "/coach/kiosks?handler=Add");
        var added = await app.WithDbAsync(db => db.Kiosks.Where(k => k.CreatedBy == coach.UserId).Select(k => new { k.Id, k.Token }).SingleAsync());
        var (id, oldToken) = (added.Id, added.Token);
        var (_, revokedToken) = await app.CreateKioskAsync(revoked: true);
        var visitor = await app.RunnerClientAsync();

        var page = await (await coach.Client.PressAsync(await coach.Client.GetDocumentAsync("/coach/kiosks"), "Replace address")).ToDocumentAsync();

        var kiosk = await app.WithDbAsync(db => db.Kiosks.SingleAsync(k => k.Id == id));
        Assert.NotEqual(oldToken, kiosk.Token);
        Assert.Null(kiosk.RevokedAt);
        Assert.StartsWith($"Front desk has a new address: open it on the kiosk's browser: /kiosk/{kiosk.Token}.", page.Text("[role=status]"));
        var address = page.QuerySelector("article code")!.TextContent;
        Assert.Equal($"http://localhost/kiosk/{kiosk.Token}", address);
        var svg = page.QuerySelector("article svg.qr-code")!;
        Assert.Equal(address, QrReader.ReadSvgPath(svg.QuerySelector("path")!.GetAttribute("d")!, int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2])));

        // The screen and the API at the old address say what they say for a revoked kiosk, word for word.
        var (old, revoked) = (await visitor.GetAsync($"/kiosk/{oldToken}"), await visitor.GetAsync($"/kiosk/{revokedToken}"));
        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone), (old.StatusCode, revoked.StatusCode));
        Assert.Equal((await revoked.ToDocumentAsync()).QuerySelector("main")!.InnerHtml, (await old.ToDocumentAsync()).QuerySelector("main")!.InnerHtml);
        var body = await SessionRequests.CompletedAsync(visitor);
        var (oldLog, revokedLog) = (await PostLogAsync(visitor, oldToken, body), await PostLogAsync(visitor, revokedToken, body));
        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone), (oldLog.StatusCode, revokedLog.StatusCode));
        Assert.Equal(await ProblemAsync(revokedLog), await ProblemAsync(oldLog));

        // The new address works, and its logs count for the same kiosk.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/kiosk/{kiosk.Token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostLogAsync(visitor, kiosk.Token, body)).StatusCode);
        var logged = body["id"]!.GetValue<Guid>();
        Assert.Equal(id, await app.WithDbAsync(db => db.SessionLogs.Where(l => l.Id == logged).Select(l => l.KioskId).SingleAsync()));
    }

    [Fact]
    public async Task A_coach_replaces_the_address_of_no_other_coachs_kiosk_and_a_revoked_one_stays_revoked()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var (othersId, othersToken) = await app.CreateKioskAsync();
        var (revokedId, revokedToken) = await app.CreateKioskAsync(revoked: true);
        await app.WithDbAsync(db => db.Kiosks.Where(k => k.Id == revokedId).ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedBy, coach.UserId)));

        var others = await coach.Client.PostUnofferedAsync("/coach/kiosks?handler=ReplaceAddress", [new("id", othersId.ToString())]);
        var page = await (await coach.Client.PostFormAsync("/coach/kiosks", [new("id", revokedId.ToString())], "/coach/kiosks?handler=ReplaceAddress")).ToDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal("Front desk is revoked: its address stays disabled. Add a new kiosk instead.", page.Text("[role=status]"));
        Assert.DoesNotContain("Replace address", page.ButtonNames());
        Assert.Equal((othersToken, revokedToken), await app.WithDbAsync(async db =>
            (await db.Kiosks.Where(k => k.Id == othersId).Select(k => k.Token).SingleAsync(), await db.Kiosks.Where(k => k.Id == revokedId).Select(k => k.Token).SingleAsync())));
    }

    /// <summary>The problem details without the trace id, which is each request's own.</summary>
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(problem.Remove("traceId"));
        return $"{response.Content.Headers.ContentType} {problem.ToJsonString()}";
    }

    private static Task<HttpResponseMessage> PostLogAsync(HttpClient client, string token, System.Text.Json.Nodes.JsonNode body) =>
        client.PostAsync($"/api/kiosks/{token}/sessions", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    private static SessionLog WithOutcome(SessionLog log, SessionOutcome outcome)
    {
        log.Outcome = outcome;
        return log;
    }
}
