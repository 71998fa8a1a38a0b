using System.Net;
using System.Text.RegularExpressions;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// Walks every endpoint the app maps. Each is either public by design (listed here with the reason)
/// or coach-only, and every coach-only one is tried as anonymous, runner, a coach who does not own the
/// library, and the owner. A new route fails this test until it is put in one of the two groups.
/// </summary>
public partial class AccessControlTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Routes anyone may use, and why.</summary>
    private static readonly Dictionary<string, string> Public = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = "home page",
        ["routines"] = "published routines",
        ["routines/{slug}"] = "a published routine",
        ["moves"] = "published moves",
        ["moves/{slug}"] = "a published move",
        ["play/{slug}"] = "the player; anonymous runners play too",
        ["history"] = "the browser's own sessions, by its runner cookie",
        ["build"] = "the builder; anonymous runners build too",
        ["api/build"] = "builds from published moves; stores each build once, whoever asks",
        ["api/moves/{slug}/pictures"] = "a published move's pictures",
        ["error"] = "error page",
        ["errors/{code:int}"] = "status pages (404, 403, 429)",
        ["account/sign-in"] = "signing in",
        ["account/register"] = "registering",
        ["account/sign-out"] = "signing out (POST; harmless when signed out)",
        ["api/moves"] = "published moves",
        ["api/moves/{slug}"] = "a published move",
        ["api/routines"] = "published routines",
        ["api/routines/{slug}"] = "a published routine",
        ["api/routines/{slug}/timeline"] = "what the player plays",
        ["api/sessions"] = "a runner's own sessions (POST with antiforgery; GET by runner cookie)",
        ["api/sessions/{id:guid}"] = "one of the runner's own sessions",
        ["api/sessions/export.csv"] = "the runner's own sessions, to download",
        ["api/sessions/export.json"] = "the runner's own sessions, to download",
        ["api/rest-advice"] = "the runner's own rest advice",
        ["account/reminders"] = "the runner's own reminder settings, by runner cookie (anonymous runners have reminders too)",
        ["api/today"] = "the runner's own day and next movement break, by runner cookie",
        ["api/reminders/snooze"] = "Later on the runner's own reminder (PUT with antiforgery)",
        ["api/push-subscriptions"] = "the runner's own push subscriptions (POST and DELETE with antiforgery)",
        ["api/antiforgery"] = "the token the app's forms send back",
        ["kiosk/{token}"] = "a kiosk screen; its secret address is the key",
        ["api/kiosks/{token}/sessions"] = "a kiosk's session logs (antiforgery; the secret address is the key)",
        ["openapi/{documentName}.json"] = "the API description",
        ["healthz"] = "liveness probe",
        ["healthz/ready"] = "readiness probe",
        ["{**path:file}"] = "static files",
    };

    /// <summary>Routes for anyone signed in.</summary>
    private static readonly HashSet<string> SignedIn = new(["account", "my-routines"], StringComparer.OrdinalIgnoreCase);

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !StaticFile().IsMatch(e.RoutePattern.RawText ?? ""));

    /// <summary>The route as written, without slashes at the ends; "Routines/Index" is the same page as "Routines".</summary>
    private static string Route(RouteEndpoint endpoint)
    {
        var route = (endpoint.RoutePattern.RawText ?? "").Trim('/');
        return route == "Index" ? "" : route.EndsWith("/Index", StringComparison.Ordinal) ? route[..^"/Index".Length] : route;
    }

    private static bool NeedsCoach(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AccountsSetup.CoachPolicy);

    [Fact]
    public void Every_endpoint_is_public_by_design_signed_in_only_or_coach_only()
    {
        var endpoints = Endpoints().ToList();
        Assert.NotEmpty(endpoints);

        var unclassified = endpoints.Select(Route).Distinct()
            .Where(route => !route.StartsWith("coach", StringComparison.OrdinalIgnoreCase) && !Public.ContainsKey(route) && !SignedIn.Contains(route))
            .ToList();
        Assert.True(unclassified.Count == 0, $"Classify these routes in {nameof(AccessControlTests)}: {string.Join(", ", unclassified)}");

        Assert.All(endpoints.Where(e => Route(e).StartsWith("coach", StringComparison.OrdinalIgnoreCase)), e => Assert.True(NeedsCoach(e), $"/{Route(e)} is not coach-only."));
        Assert.All(endpoints.Where(e => Public.ContainsKey(Route(e))), e => Assert.Empty(e.Metadata.GetOrderedMetadata<IAuthorizeData>()));
    }

    [Fact]
    public async Task Every_coach_page_is_closed_to_anonymous_runners_and_other_coaches_and_open_to_the_owner()
    {
        var owner = await app.CreateCoachAsync("owner@example.com");
        await app.CreateCoachAsync("other@example.com");
        await app.CreateUserAsync("runner@example.com");
        var library = await app.CreateLibraryAsync(owner, "Owner's club");
        // Forms name the owner's things by id too (a kiosk to revoke): another coach must not reach them.
        var kioskId = await app.WithDbAsync(async db =>
        {
            var kiosk = new Kiosk { Name = "Owner's kiosk", Token = Guid.NewGuid().ToString("N"), LibraryId = library.Id, CreatedBy = owner };
            db.Kiosks.Add(kiosk);
            await db.SaveChangesAsync();
            return kiosk.Id;
        });
        var (move, routine) = await app.WithDbAsync(async db => (
            await db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).FirstAsync(),
            await db.Routines.Where(r => r.LibraryId == library.Id).Select(r => r.Slug).FirstAsync()));

        var anonymous = app.NoRedirects();
        var runner = await app.SignedInAsync("runner@example.com", followRedirects: false);
        var other = await app.SignedInAsync("other@example.com", followRedirects: false);
        var ownerClient = await app.SignedInAsync("owner@example.com", followRedirects: false);
        var ownersToken = await ownerClient.TokenFromAsync("/coach");
        var othersToken = await other.TokenFromAsync("/coach");

        var loader = app.Services.GetRequiredService<PageLoader>();
        var coachPages = Endpoints().Where(NeedsCoach).DistinctBy(Route).ToList();
        Assert.Contains("coach/libraries/{library}/moves/{slug}", coachPages.Select(Route));
        foreach (var endpoint in coachPages)
        {
            var route = Route(endpoint);
            var page = await loader.LoadAsync(endpoint.Metadata.GetRequiredMetadata<PageActionDescriptor>(), endpoint.Metadata);
            var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
            var url = "/" + route.Replace("{library}", library.Slug)
                .Replace("moves/{slug}", $"moves/{move}").Replace("routines/{slug}", $"routines/{routine}");
            Assert.DoesNotContain("{", url);
            var perLibrary = route.Contains("{library}");

            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post }.Where(m => !methods.Contains(m.Method)))
            {
                // No handler for it: the page refuses the method, whoever asks.
                Assert.Equal(($"{method} {url}", HttpStatusCode.MethodNotAllowed), ($"{method} {url}", (await SendAsync(ownerClient, method, url, ownersToken)).StatusCode));
            }

            foreach (var handler in page.HandlerMethods.DistinctBy(h => (h.HttpMethod.ToUpperInvariant(), h.Name)))
            {
                var method = new HttpMethod(handler.HttpMethod.ToUpperInvariant());
                var target = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                var what = $"{method} {target}";

                var asAnonymous = await SendAsync(anonymous, method, target, token: null);
                Assert.True(asAnonymous.StatusCode == HttpStatusCode.Redirect && asAnonymous.Headers.Location!.OriginalString.Contains(AccountsSetup.SignInPath),
                    $"{what} as anonymous: {asAnonymous.StatusCode}");
                Assert.Equal((what, HttpStatusCode.Forbidden), (what, (await SendAsync(runner, method, target, token: null)).StatusCode));
                if (perLibrary || handler.Name == "Revoke")
                {
                    Assert.Equal((what, HttpStatusCode.NotFound), (what, (await SendAsync(other, method, target, othersToken, kioskId)).StatusCode));
                }
                var asOwner = await SendAsync(ownerClient, method, target, ownersToken, kioskId);
                Assert.True(asOwner.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{what} as the owner: {asOwner.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/my-routines")]
    public async Task Signed_in_pages_ask_anonymous_visitors_to_sign_in(string url)
    {
        var response = await app.NoRedirects().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", response.Headers.Location!.ToString());
    }

    [Fact]
    public void Every_signed_in_route_needs_a_signed_in_user()
    {
        var routes = Endpoints().Where(e => SignedIn.Contains(Route(e))).ToList();

        Assert.Equal(SignedIn.Count, routes.Select(Route).Distinct().Count());
        Assert.All(routes, e => Assert.NotEmpty(e.Metadata.GetOrderedMetadata<IAuthorizeData>()));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? token, int? id = null) =>
        client.SendAsync(new HttpRequestMessage(method, url)
        {
            Content = method == HttpMethod.Post
                ? new FormUrlEncodedContent([.. token is null ? [] : new[] { new KeyValuePair<string, string>(Forms.TokenField, token) },
                    .. id is null ? [] : new[] { new KeyValuePair<string, string>("id", id.Value.ToString()) }])
                : null,
        });

    [GeneratedRegex(@"\.[a-z0-9]+(\.gz)?$")]
    private static partial Regex StaticFile();
}
