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
        var endpoint = $"https://fcm.googleapis.com/fcm/send/{Guid.NewGuid():N}";

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
    // Addresses inside the network, or named to reach it, and push services on the wrong scheme or port.
    [InlineData("https://169.254.169.254/latest/meta-data/", "endpoint")]
    [InlineData("https://10.0.0.5/", "endpoint")]
    [InlineData("https://postgres:5432/", "endpoint")]
    [InlineData("https://localhost./", "endpoint")]
    [InlineData("https://127.0.0.1.nip.io/", "endpoint")]
    [InlineData("https://[::1]/", "endpoint")]
    [InlineData("http://fcm.googleapis.com/fcm/send/1", "endpoint")]
    [InlineData("https://fcm.googleapis.com:8443/fcm/send/1", "endpoint")]
    [InlineData("https://fcm.googleapis.com.evil.example/", "endpoint")]
    [InlineData("https://evilfcm.googleapis.com/", "endpoint")]
    [InlineData("https://push.apple.com/", "endpoint")]
    [InlineData("https://fcm.googleapis.com@10.0.0.5/", "endpoint")]
    [InlineData("https://push.example/send/1", "endpoint")]
    public async Task Only_an_https_push_service_address_is_taken(string endpoint, string field)
    {
        using var browser = new FakeBrowser();
        var response = await (await app.RunnerClientAsync()).PostAsJsonAsync("/api/push-subscriptions", Body(endpoint, browser));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await CountAsync(endpoint));
    }

    [Theory]
    [InlineData("https://fcm.googleapis.com/fcm/send/abc")]
    [InlineData("https://updates.push.services.mozilla.com/wpush/v2/abc")]
    [InlineData("https://web.push.apple.com/abc")]
    [InlineData("https://wns2-par02p.notify.windows.com/w/?token=abc")]
    [InlineData("https://fcm.googleapis.com:443/fcm/send/abc")]
    public async Task The_browsers_push_services_are_taken(string endpoint)
    {
        using var browser = new FakeBrowser();
        var response = await (await app.RunnerClientAsync()).PostAsJsonAsync("/api/push-subscriptions", Body(endpoint, browser));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_problem_names_the_push_services_it_takes()
    {
        using var browser = new FakeBrowser();
        var response = await (await app.RunnerClientAsync()).PostAsJsonAsync("/api/push-subscriptions", Body("https://169.254.169.254/x", browser));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var problem = Assert.Single(errors.GetProperty("endpoint").EnumerateArray()).GetString();
        Assert.Equal("Must be the address of a browser's push service, on https and port 443 at "
            + "fcm.googleapis.com, *.push.services.mozilla.com, *.push.apple.com, *.notify.windows.com.", problem);
    }

    [Theory]
    [InlineData("es", "Debe ser la dirección del servicio push de un navegador, con https y el puerto 443, en ")]
    [InlineData("de", "Muss die Adresse des Push-Dienstes eines Browsers sein, über https und Port 443 bei ")]
    public async Task The_problem_is_in_the_requests_language(string language, string start)
    {
        using var browser = new FakeBrowser();
        var client = await app.RunnerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.PostAsJsonAsync("/api/push-subscriptions", Body("https://169.254.169.254/x", browser));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith(start, Assert.Single(errors.GetProperty("endpoint").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("en")]
    public async Task A_subscription_keeps_the_language_it_was_made_in(string language)
    {
        using var browser = new FakeBrowser();
        var client = await app.RunnerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var endpoint = $"https://fcm.googleapis.com/fcm/send/{Guid.NewGuid():N}";

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/push-subscriptions", Body(endpoint, browser))).StatusCode);

        Assert.Equal(language, await app.WithDbAsync(db => db.PushSubscriptions.Where(s => s.Endpoint == endpoint).Select(s => s.Language).SingleAsync()));
    }

    [Fact]
    public async Task An_operator_adds_a_push_service_to_the_browsers_own()
    {
        await using var operated = new AppFactory { Settings = { ["Reminders:PushHosts:0"] = "*.push.example.org" } };
        using var browser = new FakeBrowser();
        var client = await operated.RunnerClientAsync();

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/push-subscriptions", Body("https://eu.push.example.org/1", browser))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/push-subscriptions", Body("https://fcm.googleapis.com/fcm/send/1", browser))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/push-subscriptions", Body("https://push.example.org/1", browser))).StatusCode);
    }

    [Fact]
    public async Task An_eleventh_browser_replaces_the_runners_oldest()
    {
        using var browser = new FakeBrowser();
        var client = await app.RunnerClientAsync();
        var endpoints = Enumerable.Range(0, 11).Select(i => $"https://fcm.googleapis.com/fcm/send/{Guid.NewGuid():N}-{i}").ToList();
        var start = app.Clock.GetUtcNow();

        for (var i = 0; i < endpoints.Count; i++)
        {
            app.Clock.Pin(start.AddMinutes(i));
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/push-subscriptions", Body(endpoints[i], browser))).StatusCode);
        }

        Assert.Equal(0, await CountAsync(endpoints[0]));
        foreach (var kept in endpoints.Skip(1))
        {
            Assert.Equal(1, await CountAsync(kept));
        }
    }

    [Fact]
    public async Task Subscribing_is_rate_limited_and_says_when_to_come_back()
    {
        await using var limited = new AppFactory { PushSubscriptionsPerMinute = 2 };
        using var browser = new FakeBrowser();
        var client = await limited.RunnerClientAsync();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/push-subscriptions", Body($"https://fcm.googleapis.com/fcm/send/{i}", browser))).StatusCode);
        }
        var refused = await client.PostAsJsonAsync("/api/push-subscriptions", Body("https://fcm.googleapis.com/fcm/send/2", browser));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(0, await limited.WithDbAsync(db => db.PushSubscriptions.CountAsync(s => s.Endpoint == "https://fcm.googleapis.com/fcm/send/2")));
        // Forgetting one is not counted.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/push-subscriptions?endpoint=https%3A%2F%2Ffcm.googleapis.com%2Ffcm%2Fsend%2F0")).StatusCode);
    }

    [Fact]
    public async Task Keys_must_be_a_point_on_p256_and_a_16_byte_secret()
    {
        using var browser = new FakeBrowser();
        var notOnTheCurve = "BA" + new string('A', 85);
        var response = await (await app.RunnerClientAsync()).PostAsJsonAsync("/api/push-subscriptions",
            new { endpoint = "https://fcm.googleapis.com/fcm/send/2", keys = new { p256dh = notOnTheCurve, auth = browser.Auth + "AA" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["keys.p256dh", "keys.auth"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Subscribing_needs_the_antiforgery_token()
    {
        using var browser = new FakeBrowser();
        var response = await app.CreateClient().PostAsJsonAsync("/api/push-subscriptions", Body("https://fcm.googleapis.com/fcm/send/3", browser));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync("https://fcm.googleapis.com/fcm/send/3"));
    }
}
