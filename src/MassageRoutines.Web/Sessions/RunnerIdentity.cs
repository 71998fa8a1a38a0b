using System.Text.RegularExpressions;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Who logged a session. An anonymous runner is a random id in an HttpOnly cookie, made the first
/// time the player, the history or the sessions API is used; an account can later claim the sessions
/// logged under that id.
/// </summary>
public static partial class RunnerIdentity
{
    public const string CookieName = "mr_runner";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    /// <summary>The runner's id, or null when this browser has none yet.</summary>
    public static string? Find(HttpContext http) =>
        http.Request.Cookies[CookieName] is { } id && AnonymousId().IsMatch(id) ? id : null;

    public static string FindOrCreate(HttpContext http)
    {
        if ((Find(http) ?? http.Items[CookieName] as string) is { } id)
        {
            return id;
        }

        id = $"anon-{Guid.NewGuid():N}";
        http.Items[CookieName] = id;
        http.Response.Cookies.Append(CookieName, id, new CookieOptions
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

    [GeneratedRegex("^anon-[0-9a-f]{32}$")]
    private static partial Regex AnonymousId();
}
