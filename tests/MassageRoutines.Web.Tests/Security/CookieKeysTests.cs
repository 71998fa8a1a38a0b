using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Web.Api;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>The keys that protect cookies and antiforgery tokens live in the database, not in one process.</summary>
public class CookieKeysTests
{
    [Fact]
    public async Task A_sign_in_cookie_from_one_app_works_on_another_on_the_same_database()
    {
        await using var first = new AppFactory();
        await first.CreateCoachAsync("coach@example.com");
        var signIn = await first.NoRedirects().PostFormAsync("/account/sign-in",
            [new("Form.Email", "coach@example.com"), new("Form.Password", TestAccounts.Password)]);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mr_auth=")).Split(';')[0];

        await using var second = AppFactory.RestartOf(first);
        var request = new HttpRequestMessage(HttpMethod.Get, "/coach");
        request.Headers.Add("Cookie", cookie);
        var response = await second.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await second.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task An_antiforgery_token_from_one_app_is_accepted_by_another_on_the_same_database()
    {
        await using var first = new AppFactory();
        var (session, cookies, token) = await BrowserReadyToPostAsync(first);

        await using var second = AppFactory.RestartOf(first);
        var other = second.CreateClient(new() { HandleCookies = false });
        var accepted = await other.SendAsync(Post(session, cookies, token));
        var forged = await other.SendAsync(Post(session, cookies, "not-the-token"));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("Antiforgery token missing or invalid", (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task New_keys_use_AES_256_GCM()
    {
        await using var app = new AppFactory();
        await app.CreateClient().GetAsync("/healthz");

        var key = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).SingleAsync());

        Assert.Contains($"algorithm=\"{nameof(EncryptionAlgorithm.AES_256_GCM)}\"", key);
    }

    [Fact]
    public async Task Tokens_under_a_key_made_with_the_former_default_algorithms_still_open()
    {
        await using var first = new AppFactory();
        var former = new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_CBC, ValidationAlgorithm = ValidationAlgorithm.HMACSHA256 };
        await using var before = first.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddDataProtection().UseCryptographicAlgorithms(former)));
        var (session, cookies, token) = await BrowserReadyToPostAsync(before);
        await using var scope = before.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<MassageDbContext>().DataProtectionKeys.Select(k => k.Xml!).SingleAsync();

        await using var upgraded = AppFactory.RestartOf(first);
        var accepted = await upgraded.CreateClient(new() { HandleCookies = false }).SendAsync(Post(session, cookies, token));

        Assert.Contains($"algorithm=\"{nameof(EncryptionAlgorithm.AES_256_CBC)}\"", key);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(1, await upgraded.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    /// <summary>What a browser holds to post a session log: the log, its cookies (antiforgery and runner) and the antiforgery token.</summary>
    private static async Task<(JsonNode Session, string Cookies, string Token)> BrowserReadyToPostAsync(WebApplicationFactory<Program> app)
    {
        var browser = app.CreateClient(new() { HandleCookies = false });
        var tokenResponse = await browser.GetAsync("/api/antiforgery");
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        var cookies = string.Join("; ", tokenResponse.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (await SessionRequests.CompletedAsync(browser), cookies, token.GetProperty("token").GetString()!);
    }

    private static HttpRequestMessage Post(JsonNode session, string cookies, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions")
        {
            Content = new StringContent(session.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", cookies);
        request.Headers.Add(AntiforgeryCheck.HeaderName, token);
        return request;
    }
}
