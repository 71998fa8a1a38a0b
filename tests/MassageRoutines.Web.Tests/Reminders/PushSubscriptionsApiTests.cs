using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Reminders;

public class PushSubscriptionsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static object Body(string endpoint, FakeBrowser browser) => new { endpoint, keys = new { p256dh = browser.P256dh, auth = browser.Auth } };

    private Task<int> CountAsync(string endpoint) => app.WithDbAsync(db => db.PushSubscriptions.CountAsync(s => s.Endpoint == endpoint));

    [Fact]
    public async Task A_browser_subscribes_once_per_endpoint_and_can_unsubscribe()
    {
        using var browser = new FakeBrowser();
        var client = await app.RunnerClientAsync();
        var endpoint = $"https://push.example/send/{Guid.NewGuid():N}";

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/push-subscriptions", Body(endpoint, browser))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/push-subscriptions", Body(endpoint, browser))).StatusCode);
        Assert.Equal(1, await CountAsync(endpoint));

        // Another runner cannot remove it; its own runner can.
        await (await app.RunnerClientAsync()).DeleteAsync($"/api/push-subscriptions?endpoint={Uri.EscapeDataString(endpoint)}");
        Assert.Equal(1, await CountAsync(endpoint));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/push-subscriptions?endpoint={Uri.EscapeDataString(endpoint)}")).StatusCode);
        Assert.Equal(0, await CountAsync(endpoint));
    }

    [Theory]
    [InlineData("http://push.example/send/1", "endpoint")]
    [InlineData("https://127.0.0.1/send/1", "endpoint")]
    [InlineData("/send/1", "endpoint")]
    public async Task Only_an_https_push_service_address_is_taken(string endpoint, string field)
    {
        using var browser = new FakeBrowser();
        var response = await (await app.RunnerClientAsync()).PostAsJsonAsync("/api/push-subscriptions", Body(endpoint, browser));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await CountAsync(endpoint));
    }

    [Fact]
    public async Task Keys_must_be_a_point_on_p256_and_a_16_byte_secret()
    {
        using var browser = new FakeBrowser();
        var notOnTheCurve = "BA" + new string('A', 85);
        var response = await (await app.RunnerClientAsync()).PostAsJsonAsync("/api/push-subscriptions",
            new { endpoint = "https://push.example/send/2", keys = new { p256dh = notOnTheCurve, auth = browser.Auth + "AA" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["keys.p256dh", "keys.auth"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Subscribing_needs_the_antiforgery_token()
    {
        using var browser = new FakeBrowser();
        var response = await app.CreateClient().PostAsJsonAsync("/api/push-subscriptions", Body("https://push.example/send/3", browser));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync("https://push.example/send/3"));
    }
}
