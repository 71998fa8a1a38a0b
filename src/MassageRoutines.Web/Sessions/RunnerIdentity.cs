using System.Security.Claims;
using System.Text.RegularExpressions;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Who logged a session. A signed-in runner is their account; an anonymous one is a random id in an
/// HttpOnly cookie, made on the first page they see (or their first post, for a client that saw none). Signing in claims the
/// sessions logged under the anonymous id (<see cref="RunnerSessions.MoveAsync"/>).
/// </summary>
public static partial class RunnerIdentity
{
    /// <summary>The cookie's name; "__Host-mr_runner" when the site is served over HTTPS (<see cref="SiteCookies"/>).</summary>
    public const string CookieName = "mr_runner";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    /// <summary>Before an account's id in its runner id; queries that join accounts to their sessions use it.</summary>
    public const string AccountPrefix = "user-";

    public static string ForAccount(string userId) => AccountPrefix + userId;

    /// <summary>The runner's id, or null when this browser has none yet.</summary>
    public static string? Find(HttpContext http) =>
        AccountOf(http) ?? AnonymousOf(http) ?? http.Items[CookieName] as string;

    public static string FindOrCreate(HttpContext http)
    {
        if (Find(http) is { } id)
        {
            return id;
        }

        id = $"anon-{Guid.NewGuid():N}";
        http.Items[CookieName] = id;
        http.Response.Cookies.Append(http.RequestServices.GetRequiredService<SiteCookies>().Name(CookieName), id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = Lifetime,
            Path = "/",
        });
        return id;
    }

    /// <summary>
    /// Gives a new anonymous visitor their runner id on the first of their own pages they see (the
    /// player, history), so that everything they post later (two tabs flushing their outboxes at once,
    /// say) carries the same one. Library pages, the same for everyone and output-cached, set no cookie:
    /// a response that sets one cannot be cached.
    /// </summary>
    public static WebApplication UseRunnerIdentity(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) && http.GetEndpoint() is { } endpoint
                && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null
                && endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is null
                && !http.Request.Path.StartsWithSegments("/kiosk") && Find(http) is null)
            {
                FindOrCreate(http);
            }
            return next(http);
        });
        return app;
    }

    /// <summary>This browser's anonymous runner id, from its cookie; null when it has none (or the cookie is not one we made).</summary>
    public static string? AnonymousOf(HttpContext http) =>
        http.Request.Cookies[http.RequestServices.GetRequiredService<SiteCookies>().Name(CookieName)] is { } id && AnonymousId().IsMatch(id) ? id : null;

    /// <summary>Deletes this browser's anonymous runner cookie (on the path it was set with).</summary>
    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(
        http.RequestServices.GetRequiredService<SiteCookies>().Name(CookieName), new CookieOptions { Path = "/", Secure = http.Request.IsHttps });

    private static string? AccountOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? ForAccount(id) : null;

    [GeneratedRegex("^anon-[0-9a-f]{32}$")]
    private static partial Regex AnonymousId();
}
