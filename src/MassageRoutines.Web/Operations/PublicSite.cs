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
/// is for the whole site (Path=/), for this host only (no Domain), Secure on HTTPS requests, and named
/// with the <c>__Host-</c> prefix, which tells browsers to refuse a cookie of that name set any other
/// way (over plain HTTP, or by a neighbouring subdomain). A request that reaches the app over plain
/// HTTP all the same (a proxy not in ForwardedHeaders, say) still gets its page, but browsers drop its
/// cookies, so sign-in and forms do not work there. Otherwise names are plain, as before.
/// </summary>
public sealed class SiteCookies(IOptions<AppOptions> options)
{
    public const string HostPrefix = "__Host-";

    public bool Prefixed => options.Value.IsHttps;

    public string Name(string name) => Prefixed ? HostPrefix + name : name;

    public void Configure(CookieBuilder cookie, string name)
    {
        cookie.Name = Name(name);
        if (Prefixed)
        {
            // Not Always: antiforgery would then throw on a plain-HTTP request rather than answer it.
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Path = "/";
            cookie.Domain = null;
        }
    }
}
