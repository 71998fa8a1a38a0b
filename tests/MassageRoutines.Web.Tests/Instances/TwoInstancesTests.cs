using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Web.Api;
using MassageRoutines.Web.Tests.Api;
using Xunit.Abstractions;

namespace MassageRoutines.Web.Tests.Instances;

/// <summary>
/// Two real app processes on one PostgreSQL database behind a proxy: whatever one instance starts,
/// the other carries on, and nothing is stored twice.
/// </summary>
[Trait("Database", "Postgres")]
public class TwoInstancesTests(TwoInstances instances, ITestOutputHelper output) : IClassFixture<TwoInstances>
{
    private AppProcess A => instances.A;
    private AppProcess B => instances.B;

    [PostgresFact]
    public async Task Started_together_on_an_empty_database_the_instances_prepare_it_once()
    {
        Assert.Equal(13L, await instances.QueryAsync<long>("""SELECT count(*) FROM "Moves" m JOIN "Libraries" l ON l."Id" = m."LibraryId" WHERE l."Slug" = 'default'"""));
        Assert.Equal(2L, await instances.QueryAsync<long>("""SELECT count(*) FROM "AspNetRoles" """));
        Assert.Equal(1L, await instances.QueryAsync<long>("""SELECT count(*) FROM "DataProtectionKeys" """));
    }

    [PostgresFact]
    public async Task Signed_in_on_A_a_coach_is_signed_in_on_B()
    {
        var coach = new ProxiedBrowser("198.51.100.10");

        var signIn = await SignInAsync(coach, A);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(coach.Cookie("mr_auth")!.Secure, "Behind the HTTPS proxy, the sign-in cookie is marked Secure.");
        Assert.Equal(HttpStatusCode.OK, (await coach.Via(B).GetAsync("/coach")).StatusCode);
    }

    [PostgresFact]
    public async Task Antiforgery_tokens_from_A_are_accepted_by_B()
    {
        var runner = new ProxiedBrowser("198.51.100.11");
        var apiToken = await AntiforgeryTokenAsync(runner.Via(A));
        var formToken = await runner.Via(A).TokenFromAsync("/account/sign-in");

        var session = await runner.Via(B).SendAsync(SessionPost(await SessionRequests.CompletedAsync(runner.Via(A)), apiToken));
        var form = await runner.Via(B).PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [new("Form.Email", "nobody@example.com"), new("Form.Password", "not the password"), new(Forms.TokenField, formToken)]));

        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("do not match", await form.Content.ReadAsStringAsync());
    }

    [PostgresFact]
    public async Task A_routine_published_on_A_shows_on_B_which_had_the_old_version_cached()
    {
        var coach = new ProxiedBrowser("198.51.100.12");
        await SignInAsync(coach, A);
        var (slug, editor) = await CopyOfPostRunQuickAsync(coach.Via(A));
        await PublishAsync(coach.Via(A), editor, "Gym cool-down");
        var runner = new ProxiedBrowser("198.51.100.13").Via(B);
        Assert.Equal("Gym cool-down", await runner.RoutineHeadingAsync(slug));
        await Eventually.TrueAsync(async () => (await runner.GetAsync($"/routines/{slug}")).Headers.Age is not null, "B serves the page from its output cache");

        await PublishAsync(coach.Via(A), editor, "Gym cool-down, longer");

        var took = await Eventually.TrueAsync(async () => await runner.RoutineHeadingAsync(slug) == "Gym cool-down, longer", "B shows version 2");
        output.WriteLine($"B showed version 2 {took.TotalMilliseconds:F0} ms after A published it.");
    }

    [PostgresFact]
    public async Task The_same_log_sent_to_A_and_B_at_once_is_stored_once_and_a_different_one_with_its_id_is_a_conflict_on_either()
    {
        var runner = new ProxiedBrowser("198.51.100.14");
        await runner.Via(A).GetAsync("/play/post-run-quick"); // the player gives the browser its runner id
        var token = await AntiforgeryTokenAsync(runner.Via(A));
        var template = await SessionRequests.CompletedAsync(runner.Via(A));

        for (var round = 0; round < 10; round++)
        {
            var log = template.DeepClone().AsObject();
            log["id"] = Guid.NewGuid();
            var answers = await Task.WhenAll(runner.Via(A).SendAsync(SessionPost(log, token)), runner.Via(B).SendAsync(SessionPost(log, token)));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
            Assert.Equal(1L, await instances.QueryAsync<long>("""SELECT count(*) FROM "SessionLogs" WHERE "Id" = $1""", log["id"]!.GetValue<Guid>()));

            log["notes"] = "A different body under the same id.";
            Assert.Equal(HttpStatusCode.Conflict, (await runner.Via(A).SendAsync(SessionPost(log, token))).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await runner.Via(B).SendAsync(SessionPost(log, token))).StatusCode);
        }
    }

    [PostgresFact]
    public async Task A_kiosks_outbox_delivers_through_either_instance_exactly_once()
    {
        var coach = new ProxiedBrowser("198.51.100.15");
        await SignInAsync(coach, A);
        var kioskToken = await AddKioskAsync(coach.Via(A));
        var kiosk = new ProxiedBrowser("198.51.100.16");
        Assert.Equal(HttpStatusCode.OK, (await kiosk.Via(B).GetAsync($"/kiosk/{kioskToken}")).StatusCode);
        var token = await AntiforgeryTokenAsync(kiosk.Via(B));
        var template = await SessionRequests.CompletedAsync(kiosk.Via(B));
        var url = $"/api/kiosks/{kioskToken}/sessions";

        // The outbox sends each log until an instance answers 2xx; the proxy may hand a retry to the
        // other instance, and a lost answer means the log was stored but the kiosk sends it again.
        var sent = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var log = template.DeepClone().AsObject();
            log["id"] = Guid.NewGuid();
            sent.Add(log["id"]!.GetValue<Guid>());
            var (first, retry) = i % 2 == 0 ? (A, B) : (B, A);
            Assert.Equal(HttpStatusCode.Created, (await kiosk.Via(first).SendAsync(SessionPost(log, token, url))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await kiosk.Via(retry).SendAsync(SessionPost(log, token, url))).StatusCode);
        }

        var stored = await instances.QueryAsync<long>("""
            SELECT count(*) FROM "SessionLogs" s JOIN "Kiosks" k ON k."Id" = s."KioskId" WHERE k."Token" = $1 AND s."Id" = ANY($2)
            """, kioskToken, sent.ToArray());
        Assert.Equal(sent.Count, stored);
    }

    private static async Task<HttpResponseMessage> SignInAsync(ProxiedBrowser browser, AppProcess instance) =>
        await browser.Via(instance).PostFormAsync("/account/sign-in",
            [new("Form.Email", TwoInstances.CoachEmail), new("Form.Password", TestAccounts.Password)]);

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser) =>
        (await browser.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;

    private static HttpRequestMessage SessionPost(JsonNode log, string token, string url = "/api/sessions")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(log.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add(AntiforgeryCheck.HeaderName, token);
        return request;
    }

    /// <summary>Makes the coach a library copied from the seeded one; returns its copy of post-run-quick and that routine's editor.</summary>
    private async Task<(string Slug, string EditorUrl)> CopyOfPostRunQuickAsync(HttpClient coach)
    {
        var created = await coach.PostFormAsync("/coach", [new("Name", $"Gym {Guid.NewGuid():N}"[..16]), new("CopyOf", "default")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var libraryUrl = created.Headers.Location!.OriginalString;
        var librarySlug = libraryUrl.Split('/')[^1];
        var slug = await instances.QueryAsync<string>("""
            SELECT r."Slug" FROM "Routines" r JOIN "Libraries" l ON l."Id" = r."LibraryId" WHERE l."Slug" = $1 AND r."Slug" LIKE '%post-run-quick'
            """, librarySlug);
        return (slug, $"{libraryUrl}/routines/{slug}");
    }

    private static async Task PublishAsync(HttpClient coach, string editorUrl, string name)
    {
        var fields = (await coach.GetDocumentAsync(editorUrl)).FieldsOf();
        var published = await coach.PostAsync($"{editorUrl}?handler=Publish", new FormUrlEncodedContent(fields.With("Form.Name", name)));
        if (published.StatusCode == HttpStatusCode.Redirect)
        {
            published = await coach.GetAsync(published.Headers.Location);
        }
        Assert.StartsWith("Published version", (await published.ToDocumentAsync()).Text("[role=status]"));
    }

    private async Task<string> AddKioskAsync(HttpClient coach)
    {
        var libraryId = await instances.QueryAsync<int>("""SELECT "Id" FROM "Libraries" WHERE "Slug" = 'default'""");
        var added = await coach.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Front desk"), new("Form.LibraryId", libraryId.ToString()), new("Form.IdleSeconds", "120")], "/coach/kiosks?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return await instances.QueryAsync<string>("""SELECT "Token" FROM "Kiosks" WHERE "Name" = 'Front desk'""");
    }
}
