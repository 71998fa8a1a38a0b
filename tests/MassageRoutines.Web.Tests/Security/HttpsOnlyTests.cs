using System.Net;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>A site served over HTTPS tells browsers to keep to it (HSTS) and names its cookies so only it can set them.</summary>
public class HttpsOnlyTests
{
    private const string Site = "https://massage.example.org";

    [Fact]
    public async Task With_an_https_public_url_every_cookie_is_secure_host_only_and_named_with_the_host_prefix()
    {
        await using var app = new AppFactory { Settings = { ["App:PublicUrl"] = Site } };
        await app.CreateCoachAsync("host-cookies@example.com");
        var browser = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var player = await browser.GetAsync("/play/post-run-quick");
        var signInPage = await browser.GetAsync("/account/sign-in");
        var token = (await signInPage.ToDocumentAsync()).QuerySelector($"input[name={Forms.TokenField}]")!.GetAttribute("value")!;
        var signIn = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [new("Form.Email", "host-cookies@example.com"), new("Form.Password", TestAccounts.Password), new(Forms.TokenField, token)]));

        var cookies = new[] { player, signInPage, signIn }.SelectMany(SetCookies).ToList();
        Assert.Contains(cookies, c => c.StartsWith($"__Host-{RunnerIdentity.CookieName}="));
        Assert.Contains(cookies, c => c.StartsWith("__Host-mr_auth="));
        Assert.Contains(cookies, c => c.StartsWith("__Host-mr_antiforgery="));
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.ToLowerInvariant().Split("; ");
            Assert.StartsWith("__host-", attributes[0]);
            Assert.Contains("secure", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain="));
        });
        // The browser sends them back, and the app knows the coach by them.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/coach")).StatusCode);
    }

    [Fact]
    public async Task With_an_https_public_url_a_request_over_plain_http_still_gets_its_page()
    {
        await using var app = new AppFactory { Settings = { ["App:PublicUrl"] = Site } };

        var signInPage = await app.CreateClient().GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        // Not Secure, so a browser refuses the __Host- cookie: forms do not work until HTTPS reaches the app.
        Assert.DoesNotContain("secure", Assert.Single(SetCookies(signInPage), c => c.StartsWith("__Host-mr_antiforgery=")).ToLowerInvariant());
    }

    [Fact]
    public async Task Without_an_https_public_url_cookies_keep_their_plain_names()
    {
        await using var app = new AppFactory();
        var browser = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var player = await browser.GetAsync("/play/post-run-quick");
        var signInPage = await browser.GetAsync("/account/sign-in");

        var cookies = SetCookies(player).Concat(SetCookies(signInPage)).ToList();
        Assert.Contains(cookies, c => c.StartsWith($"{RunnerIdentity.CookieName}="));
        Assert.Contains(cookies, c => c.StartsWith("mr_antiforgery="));
    }

    [Fact]
    public async Task In_production_a_request_that_came_over_https_through_a_known_proxy_gets_hsts()
    {
        await using var app = new AppFactory { Environment = "Production" };
        await using var proxied = BehindProxy(app);

        var overHttps = await SendAsync(proxied, "https");
        var overHttp = await SendAsync(proxied, "http");

        Assert.Equal("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Outside_production_there_is_no_hsts()
    {
        await using var app = new AppFactory();
        await using var proxied = BehindProxy(app);

        Assert.False((await SendAsync(proxied, "https")).Headers.Contains("Strict-Transport-Security"));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];

    private static async Task<HttpResponseMessage> SendAsync(WebApplicationFactory<Program> app, string scheme)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "massage.example.org";
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", scheme);
        var response = await app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    /// <summary>Every connection comes from the proxy 10.9.8.7, which the app is told to believe.</summary>
    private static WebApplicationFactory<Program> BehindProxy(AppFactory app) =>
        app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.9.8.7");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FromProxy()));
        });

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.9.8.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
