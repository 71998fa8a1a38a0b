using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>Every request here reaches the app from a reverse proxy at 10.9.8.7, which names the client in X-Forwarded-For.</summary>
public class ForwardedHeadersTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.9.8.7");

    [Fact]
    public async Task Behind_a_known_network_each_client_has_its_own_sign_in_limit()
    {
        await using var app = new AppFactory { SignInAttemptsPerMinute = 2 };
        await using var proxied = BehindProxy(app, ("ForwardedHeaders:KnownNetworks:0", "10.9.0.0/16"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await SignInAttemptsAsync(proxied, "203.0.113.1", 3));
        Assert.Equal([HttpStatusCode.OK], await SignInAttemptsAsync(proxied, "203.0.113.2", 1));
    }

    [Fact]
    public async Task IPv6_clients_in_one_64_share_a_limit_and_another_64_has_its_own()
    {
        await using var app = new AppFactory { SignInAttemptsPerMinute = 2 };
        await using var proxied = BehindProxy(app, ("ForwardedHeaders:KnownProxies:0", Proxy.ToString()));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await SignInAttemptsAsync(proxied, "2001:db8:1:2::1", 2));
        Assert.Equal([HttpStatusCode.TooManyRequests], await SignInAttemptsAsync(proxied, "2001:db8:1:2:ffff:eeee:dddd:9", 1));
        Assert.Equal([HttpStatusCode.OK], await SignInAttemptsAsync(proxied, "2001:db8:1:3::1", 1));
    }

    [Fact]
    public async Task Behind_an_unknown_proxy_the_forwarded_client_is_ignored_and_everyone_shares_the_proxys_limit()
    {
        await using var app = new AppFactory { SignInAttemptsPerMinute = 2 };
        await using var proxied = BehindProxy(app);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await SignInAttemptsAsync(proxied, "203.0.113.1", 2));
        Assert.Equal([HttpStatusCode.TooManyRequests], await SignInAttemptsAsync(proxied, "203.0.113.2", 1));
        Assert.DoesNotContain("secure", await RunnerCookieOverHttpsAsync(proxied));
    }

    [Fact]
    public async Task Behind_a_known_proxy_a_request_made_over_https_gets_secure_cookies()
    {
        await using var app = new AppFactory();
        await using var proxied = BehindProxy(app, ("ForwardedHeaders:KnownProxies:0", Proxy.ToString()));

        Assert.Contains("secure", await RunnerCookieOverHttpsAsync(proxied));
    }

    [Fact]
    public async Task A_proxy_setting_that_is_not_an_address_stops_start_up_naming_it()
    {
        await using var app = new AppFactory();
        await using var proxied = BehindProxy(app, ("ForwardedHeaders:KnownNetworks:0", "10.9.0.0/99"));

        var error = Assert.Throws<OptionsValidationException>(() => proxied.CreateClient());

        Assert.Equal("DataAnnotation validation failed for 'TrustedProxiesOptions' members: 'KnownNetworks' with the error: "
            + "'ForwardedHeaders:KnownNetworks has '10.9.0.0/99', which is not a network such as 10.0.0.0/8.'.", error.Message);
    }

    private static WebApplicationFactory<Program> BehindProxy(AppFactory app, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ConnectionsFrom(Proxy)));
        });

    private static async Task<List<HttpStatusCode>> SignInAttemptsAsync(WebApplicationFactory<Program> app, string client, int attempts)
    {
        var browser = app.CreateClient();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        var token = await browser.TokenFromAsync("/account/sign-in");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < attempts; i++)
        {
            var response = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(
                [new("Form.Email", "nobody@example.com"), new("Form.Password", "not the password"), new(Forms.TokenField, token)]));
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    /// <summary>The runner cookie a first visit to the player sets, for a client the proxy says came over HTTPS.</summary>
    private static async Task<string> RunnerCookieOverHttpsAsync(WebApplicationFactory<Program> app)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/play/post-run-quick");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mr_runner=")).ToLowerInvariant();
    }

    /// <summary>Makes every connection come from the given address, as Kestrel would behind that proxy.</summary>
    private sealed class ConnectionsFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
