using System.Security.Claims;
using System.Text.RegularExpressions;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Who logged a session. A signed-in runner is their account; an anonymous one is their browser (a
/// device), known by a random id in an HttpOnly cookie ("anon-" and 32 hex digits), made on the first
/// page they see (or their first post, for a client that saw none). Signing in claims the sessions
/// logged under the device (<see cref="RunnerSessions.MoveAsync"/>). The cookie's value is the
/// browser's; the tables hold only the device's hex digits (<see cref="OwnerKey.Device"/>).
/// </summary>
public static partial class RunnerIdentity
{
    /// <summary>The cookie's name; "__Host-mr_runner" when the site is served over HTTPS (<see cref="SiteCookies"/>).</summary>
    public const string CookieName = "mr_runner";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    private const string CookiePrefix = "anon-";

    /// <summary>The runner (their account, or this browser), or null when this browser has none yet.</summary>
    public static OwnerKey? Find(HttpContext http) =>
        AccountOf(http) ?? DeviceOf(http) ?? http.Items[CookieName] as OwnerKey?;

    public static OwnerKey FindOrCreate(HttpContext http)
    {
        if (Find(http) is { } runner)
        {
            return runner;
        }

        var device = OwnerKey.Device(Guid.NewGuid().ToString("N"));
        http.Items[CookieName] = device;
        http.Response.Cookies.Append(http.RequestServices.GetRequiredService<SiteCookies>().Name(CookieName), CookiePrefix + device.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = Lifetime,
            Path = "/",
        });
        return device;
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

    /// <summary>This browser as an anonymous runner, from its cookie; null when it has none (or the cookie is not one we made).</summary>
    public static OwnerKey? DeviceOf(HttpContext http) =>
        http.Request.Cookies[http.RequestServices.GetRequiredService<SiteCookies>().Name(CookieName)] is { } cookie && DeviceCookie().IsMatch(cookie) ? OwnerKey.Device(cookie[CookiePrefix.Length..]) : null;

    /// <summary>Deletes this browser's anonymous runner cookie (on the path it was set with).</summary>
    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(
        http.RequestServices.GetRequiredService<SiteCookies>().Name(CookieName), new CookieOptions { Path = "/", Secure = http.Request.IsHttps });

    private static OwnerKey? AccountOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? OwnerKey.Account(id) : null;

    [GeneratedRegex("^anon-[0-9a-f]{32}$")]
    private static partial Regex DeviceCookie();
}
