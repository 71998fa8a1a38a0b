using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Api;

public class KiosksApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, System.Text.Json.Nodes.JsonNode body) =>
        client.PostAsync($"/api/kiosks/{token}/sessions", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_kiosk_log_is_stored_anonymously_tagged_with_the_kiosk_and_once()
    {
        var (kioskId, token) = await app.CreateKioskAsync();
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);

        var first = await PostAsync(client, token, body);
        var again = await PostAsync(client, token, body);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var id = body["id"]!.GetValue<Guid>();
        var stored = await app.WithDbAsync(db => db.SessionLogs.SingleAsync(l => l.Id == id));
        Assert.Equal((kioskId, (string?)null, (string?)null), (stored.KioskId, stored.AccountId, stored.DeviceId));
    }

    [Fact]
    public async Task A_revoked_kiosk_gets_410_and_nothing_is_stored()
    {
        var (_, token) = await app.CreateKioskAsync(revoked: true);
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);

        var response = await PostAsync(client, token, body);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var id = body["id"]!.GetValue<Guid>();
        Assert.False(await app.WithDbAsync(db => db.SessionLogs.AnyAsync(l => l.Id == id)));
    }

    [Fact]
    public async Task An_unknown_kiosk_is_404_and_a_bad_log_400_as_for_runners()
    {
        var (_, token) = await app.CreateKioskAsync();
        var client = await app.RunnerClientAsync();
        var body = await SessionRequests.CompletedAsync(client);
        var bad = body.DeepClone();
        bad["discomfort"] = 11;

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "no-such-kiosk", body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, token, bad)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(app.CreateClient(), token, body)).StatusCode);
    }

    [Fact]
    public async Task A_kiosk_takes_only_logs_of_the_routines_it_shows()
    {
        var (_, chosenFew) = await app.CreateKioskAsync(routines: ["pre-run-quick"]);
        var coach = await app.CreateCoachAsync($"other-gym-{Guid.NewGuid():N}@example.com");
        var otherLibrary = await app.CreateLibraryAsync(coach, "Other gym");
        var otherKiosk = await app.WithDbAsync(async db =>
        {
            var kiosk = new MassageRoutines.Web.Data.KioskRecord { Name = "Other gym", Token = Guid.NewGuid().ToString("N"), LibraryId = otherLibrary.Id, CreatedBy = coach };
            db.Kiosks.Add(kiosk);
            await db.SaveChangesAsync();
            return kiosk.Token;
        });
        var client = await app.RunnerClientAsync();

        var notChosen = await PostAsync(client, chosenFew, await SessionRequests.CompletedAsync(client, "post-run-quick"));
        var anotherLibrarys = await PostAsync(client, otherKiosk, await SessionRequests.CompletedAsync(client, "post-run-quick"));
        var chosen = await PostAsync(client, chosenFew, await SessionRequests.CompletedAsync(client, "pre-run-quick"));

        Assert.Equal(HttpStatusCode.BadRequest, notChosen.StatusCode);
        var problem = await notChosen.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("This kiosk does not offer the routine 'post-run-quick'.", problem.GetProperty("errors").GetProperty("routine")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, anotherLibrarys.StatusCode);
        Assert.Equal(HttpStatusCode.Created, chosen.StatusCode);
    }
}
