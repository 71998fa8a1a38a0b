using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The site as the public reaches it, from <c>App:PublicUrl</c>: absolute links (<see cref="PublicLinks"/>),
/// cookie names (<see cref="SiteCookies"/>) and HSTS (<see cref="SecurityHeaders"/>).
/// </summary>
public static class PublicSite
{
    public const string AuthCookie = "mr_auth";
    public const string AntiforgeryCookie = "mr_antiforgery";

    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddSingleton<SiteCookies>();
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<SiteCookies>((auth, cookies) => cookies.Configure(auth.Cookie, AuthCookie));
        builder.Services.AddOptions<AntiforgeryOptions>()
            .PostConfigure<SiteCookies>((antiforgery, cookies) => cookies.Configure(antiforgery.Cookie, AntiforgeryCookie));
        // Sent only in Production, and only on a request that came over HTTPS (directly, or from a known proxy).
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }
}

/// <summary>
/// When the site is served over HTTPS (<c>App:PublicUrl</c> is an https address), every cookie it sets
/// is Secure, for the whole site (Path=/), for this host only (no Domain), and named with the
/// <c>__Host-</c> prefix, which tells browsers to refuse a cookie of that name set any other way (over
/// plain HTTP, or by a neighbouring subdomain). Otherwise names are plain and Secure follows the request.
/// </summary>
public sealed class SiteCookies(IOptions<AppOptions> options)
{
    public const string HostPrefix = "__Host-";

    public bool HttpsOnly => options.Value.IsHttps;

    public string Name(string name) => HttpsOnly ? HostPrefix + name : name;

    public void Configure(CookieBuilder cookie, string name)
    {
        cookie.Name = Name(name);
        if (HttpsOnly)
        {
            cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Path = "/";
            cookie.Domain = null;
        }
    }
}
