using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Behind a reverse proxy, X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies
/// and networks in <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>
/// (none by default, not even loopback). From those, the client's address and scheme replace the
/// proxy's, so the sign-in limit counts each client and cookies know the request came over HTTPS.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("ForwardedHeaders");
        var proxies = Values(section, "KnownProxies")
            .Select(text => IPAddress.TryParse(text, out var address) ? address : throw Invalid("KnownProxies", text, "an IP address"))
            .ToList();
        var networks = Values(section, "KnownNetworks")
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? network : throw Invalid("KnownNetworks", text, "a network such as 10.0.0.0/8"))
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no proxy or network known, the middleware would believe anyone: then it reads nothing.
            options.ForwardedHeaders = proxies.Count + networks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return builder;
    }

    /// <summary>The client a per-client limit counts against: its address, the real client's behind a known proxy.</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string[] Values(IConfigurationSection section, string key) => section.GetSection(key).Get<string[]>() ?? [];

    private static InvalidOperationException Invalid(string key, string text, string what) =>
        new($"ForwardedHeaders:{key} has '{text}', which is not {what}.");
}
