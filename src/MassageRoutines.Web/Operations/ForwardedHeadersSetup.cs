using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Behind a reverse proxy, X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies
/// and networks in <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>
/// (none by default, not even loopback). From those, the client's address and scheme replace the
/// proxy's, so the limits count each client and cookies know the request came over HTTPS.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxiesOptions>().BindConfiguration(TrustedProxiesOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxiesOptions>>((options, trusted) =>
        {
            var proxies = trusted.Value.Proxies.ToList();
            var networks = trusted.Value.Networks.ToList();
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

    /// <summary>The client a per-client limit counts against: its address (the real client's behind a known proxy), as <see cref="PartitionOf"/> groups it.</summary>
    public static string ClientAddress(HttpContext http) => PartitionOf(http.Connection.RemoteIpAddress);

    /// <summary>
    /// The key a limit counts an address under: an IPv4 address as it is (an IPv4-mapped IPv6 one as the
    /// IPv4 it maps), an IPv6 address as its /64. One machine is routinely given a whole /64, so counting
    /// each IPv6 address would give it endless buckets.
    /// </summary>
    public static string PartitionOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
