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
using Group = MassageRoutines.Web.Data.Group;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// Walks every endpoint the app maps. Each is either public by design (listed here with the reason),
/// for anyone signed in, or coach-only. Every coach-only one is tried as anonymous, a runner, a member
/// of the owner's group, a coach who does not own the library or group, and the owner; every signed-in
/// one as anonymous and each of the others. A new route fails this test until it is put in a group.
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
        ["history/delete"] = "an anonymous runner deletes the browser's own sessions, by its runner cookie",
        ["api/device/data"] = "the browser's own runner data, to download, by its runner cookie",
        ["error"] = "error page",
        ["errors/{code:int}"] = "status pages (404, 403, 429)",
        ["account/sign-in"] = "signing in",
        ["account/register"] = "registering",
        ["account/forgot-password"] = "asking for a reset link: answers the same for any address",
        ["account/reset-password"] = "where a reset link leads; Identity's token in the link is the key",
        ["account/confirm-email"] = "where a confirmation link leads; Identity's token in the link is the key",
        ["account/sign-out"] = "signing out: asks, then signs out on POST (harmless when signed out)",
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
        ["api/offline/manifest"] = "what the runner's service worker keeps for offline play: the library's routines, and a member's own groups' planned ones",
        ["kiosk/{token}"] = "a kiosk screen; its secret address is the key",
        ["api/kiosks/{token}/sessions"] = "a kiosk's session logs (antiforgery; the secret address is the key)",
        ["calendar/{token}"] = "a plan's or movement breaks' calendar feed: calendar apps have no cookie, the secret address is the key",
        ["language/{code?}"] = "the language switch: GET sets this browser's cookie; POST (antiforgery) also keeps it on a signed-in account",
        ["openapi/{documentName}.json"] = "the API description",
        ["healthz"] = "liveness probe",
        ["healthz/ready"] = "readiness probe",
        ["{**path:file}"] = "static files",
    };

    /// <summary>Routes for anyone signed in.</summary>
    private static readonly HashSet<string> SignedIn = new(
        ["account", "account/password", "account/delete", "api/account/data", "my-routines", "plan", "groups/join/{token}"], StringComparer.OrdinalIgnoreCase);

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
        Assert.All(endpoints.Where(e => SignedIn.Contains(Route(e))), e => Assert.NotEmpty(e.Metadata.GetOrderedMetadata<IAuthorizeData>()));
    }

    /// <summary>The people every closed route is tried as: the owner's library, kiosk and group, with a plan item and a member.</summary>
    private sealed record Cast(HttpClient Anonymous, HttpClient Runner, HttpClient Member, HttpClient Other, HttpClient Owner,
        Library Library, int KioskId, Group Group, int PlanItemId, string Move, string Routine, string MemberId, string CoCoachId);

    private async Task<Cast> CastAsync(string prefix)
    {
        var owner = await app.CreateCoachAsync($"{prefix}-owner@example.com");
        await app.CreateCoachAsync($"{prefix}-other@example.com");
        var coCoach = await app.CreateCoachAsync($"{prefix}-co-coach@example.com");
        await app.CreateUserAsync($"{prefix}-runner@example.com");
        var member = await app.CreateUserAsync($"{prefix}-member@example.com");
        var library = await app.CreateLibraryAsync(owner, $"{prefix} club");
        var (move, routine) = await app.WithDbAsync(async db => (
            await db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).FirstAsync(),
            await db.Routines.Where(r => r.LibraryId == library.Id).Select(r => r.Slug).FirstAsync()));
        // Forms name the owner's things by id too (a kiosk to revoke, a plan item, member or co-coach to remove): another coach must not reach them.
        var (kioskId, group) = await app.WithDbAsync(async db =>
        {
            var kiosk = new KioskRecord { Name = "Owner's kiosk", Token = Guid.NewGuid().ToString("N"), LibraryId = library.Id, CreatedBy = owner };
            var group = new Group
            {
                Name = "Owner's group", JoinToken = Guid.NewGuid().ToString("N"),
                Coaches = [new GroupCoach { UserId = owner, IsOwner = true }, new GroupCoach { UserId = coCoach }],
                Members = [new GroupMember { UserId = member }],
                Plan = [new PlanItem { RoutineSlug = routine, Timing = PlanTiming.Daily }],
            };
            db.AddRange(kiosk, group, new LibraryEditor { LibraryId = library.Id, UserId = coCoach });
            await db.SaveChangesAsync();
            return (kiosk.Id, group);
        });
        return new(app.NoRedirects(),
            await app.SignedInAsync($"{prefix}-runner@example.com", followRedirects: false),
            await app.SignedInAsync($"{prefix}-member@example.com", followRedirects: false),
            await app.SignedInAsync($"{prefix}-other@example.com", followRedirects: false),
            await app.SignedInAsync($"{prefix}-owner@example.com", followRedirects: false),
            library, kioskId, group, group.Plan[0].Id, move, routine, member, coCoach);
    }

    /// <summary>The route with the cast's things in place of its parameters.</summary>
    private static string UrlOf(string route, Cast cast)
    {
        var url = "/" + route.Replace("{library}", cast.Library.Slug).Replace("{group:int}", cast.Group.Id.ToString())
            .Replace("{token}", cast.Group.JoinToken)
            .Replace("moves/{slug}", $"moves/{cast.Move}").Replace("routines/{slug}", $"routines/{cast.Routine}");
        Assert.DoesNotContain("{", url);
        return url;
    }

    [Fact]
    public async Task Every_coach_page_is_closed_to_anonymous_runners_members_and_other_coaches_and_open_to_the_owner()
    {
        var cast = await CastAsync("coach-pages");
        var ownersToken = await cast.Owner.TokenFromAsync("/coach");
        var othersToken = await cast.Other.TokenFromAsync("/coach");

        var loader = app.Services.GetRequiredService<PageLoader>();
        var coachPages = Endpoints().Where(NeedsCoach).DistinctBy(Route).ToList();
        Assert.Contains("coach/libraries/{library}/moves/{slug}", coachPages.Select(Route));
        Assert.Contains("coach/groups/{group:int}/adherence", coachPages.Select(Route));
        foreach (var endpoint in coachPages)
        {
            var route = Route(endpoint);
            var page = await loader.LoadAsync(endpoint.Metadata.GetRequiredMetadata<PageActionDescriptor>(), endpoint.Metadata);
            var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
            var url = UrlOf(route, cast);
            var ownersOnly = route.Contains("{library}") || route.Contains("{group:int}");

            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post }.Where(m => !methods.Contains(m.Method)))
            {
                // No handler for it: the page refuses the method, whoever asks.
                Assert.Equal(($"{method} {url}", HttpStatusCode.MethodNotAllowed), ($"{method} {url}", (await SendAsync(cast.Owner, method, url, ownersToken)).StatusCode));
            }

            foreach (var handler in page.HandlerMethods.DistinctBy(h => (h.HttpMethod.ToUpperInvariant(), h.Name)))
            {
                var method = new HttpMethod(handler.HttpMethod.ToUpperInvariant());
                var target = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                var what = $"{method} {target}";

                var asAnonymous = await SendAsync(cast.Anonymous, method, target, token: null);
                Assert.True(asAnonymous.StatusCode == HttpStatusCode.Redirect && asAnonymous.Headers.Location!.OriginalString.Contains(AccountsSetup.SignInPath),
                    $"{what} as anonymous: {asAnonymous.StatusCode}");
                Assert.Equal((what, HttpStatusCode.Forbidden), (what, (await SendAsync(cast.Runner, method, target, token: null)).StatusCode));
                Assert.Equal((what, HttpStatusCode.Forbidden), (what, (await SendAsync(cast.Member, method, target, token: null)).StatusCode));
                if (ownersOnly || handler.Name is "Revoke" or "ReplaceAddress")
                {
                    Assert.Equal((what, HttpStatusCode.NotFound), (what, (await SendAsync(cast.Other, method, target, othersToken, cast)).StatusCode));
                }
                var asOwner = await SendAsync(cast.Owner, method, target, ownersToken, cast);
                Assert.True(asOwner.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{what} as the owner: {asOwner.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Every_signed_in_route_asks_anonymous_visitors_to_sign_in_and_serves_everyone_signed_in()
    {
        var cast = await CastAsync("signed-in");
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = Endpoints().Where(e => SignedIn.Contains(Route(e))).DistinctBy(Route).ToList();
        Assert.Equal(SignedIn.Order(StringComparer.OrdinalIgnoreCase), routes.Select(Route).Order(StringComparer.OrdinalIgnoreCase));
        foreach (var endpoint in routes)
        {
            var url = UrlOf(Route(endpoint), cast);
            var methods = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor
                ? (await loader.LoadAsync(descriptor, endpoint.Metadata)).HandlerMethods.Select(h => (Method: new HttpMethod(h.HttpMethod.ToUpperInvariant()), h.Name))
                    .Distinct().ToList()
                : [(HttpMethod.Get, (string?)null)];
            foreach (var (method, handler) in methods)
            {
                var target = handler is null ? url : $"{url}?handler={handler}";
                var asAnonymous = await SendAsync(cast.Anonymous, method, target, token: null);
                var signInAsked = url.StartsWith("/api/", StringComparison.Ordinal)
                    ? asAnonymous.StatusCode == HttpStatusCode.Unauthorized
                    : asAnonymous.StatusCode == HttpStatusCode.Redirect && asAnonymous.Headers.Location!.OriginalString.Contains(AccountsSetup.SignInPath);
                Assert.True(signInAsked, $"{method} {target} as anonymous: {asAnonymous.StatusCode}");
            }
            foreach (var (who, client) in new[] { ("runner", cast.Runner), ("member", cast.Member), ("another coach", cast.Other), ("the owner", cast.Owner) })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {who}: {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_runner_leaves_only_groups_they_are_in_and_a_join_link_must_be_a_groups()
    {
        var cast = await CastAsync("member-only");
        var token = await cast.Runner.TokenFromAsync("/account/password");

        var leave = await SendAsync(cast.Runner, HttpMethod.Post, "/plan?handler=Leave", token, cast);
        var unknownLink = await cast.Runner.GetAsync($"/groups/join/{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.NotFound, leave.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownLink.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.GroupMembers.AnyAsync(m => m.GroupId == cast.Group.Id)));
    }

    [Fact]
    public async Task The_account_page_asks_anonymous_visitors_to_sign_in()
    {
        var response = await app.NoRedirects().GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://localhost{AccountsSetup.SignInPath}", response.Headers.Location!.ToString());
    }

    /// <summary>
    /// A request as a form would send it; with a cast, its ids are posted too (a kiosk's id, a plan item's, a group's, the
    /// member's, and the co-coach's as a group's coach, a library's editor and a coach of the site).
    /// </summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? token, Cast? cast = null) =>
        client.SendAsync(new HttpRequestMessage(method, url)
        {
            Content = method == HttpMethod.Post
                ? new FormUrlEncodedContent([.. token is null ? [] : new[] { new KeyValuePair<string, string>(Forms.TokenField, token) },
                    .. cast is null ? [] : new KeyValuePair<string, string>[]
                    {
                        new("id", cast.KioskId.ToString()), new("item", cast.PlanItemId.ToString()), new("group", cast.Group.Id.ToString()),
                        new("member", cast.MemberId), new("coach", cast.CoCoachId), new("editor", cast.CoCoachId),
                    }])
                : null,
        });

    [GeneratedRegex(@"\.[a-z0-9]+(\.gz)?$")]
    private static partial Regex StaticFile();
}
