using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MassageRoutines.Web.Operations;

/// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (<see cref="ForwardedHeadersSetup"/>).</summary>
public sealed class TrustedProxiesOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of proxies, e.g. 10.0.0.2.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Whole networks of proxies, e.g. 10.0.0.0/8.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<System.Net.IPNetwork> Networks => KnownNetworks.Select(text => System.Net.IPNetwork.Parse(text));

    public IEnumerable<ValidationResult> Validate(ValidationContext context) =>
        KnownProxies.Where(text => !IPAddress.TryParse(text, out _))
            .Select(text => Invalid(nameof(KnownProxies), text, "an IP address"))
            .Concat(KnownNetworks.Where(text => !System.Net.IPNetwork.TryParse(text, out _))
                .Select(text => Invalid(nameof(KnownNetworks), text, "a network such as 10.0.0.0/8")));

    private static ValidationResult Invalid(string key, string text, string what) =>
        new($"{Section}:{key} has '{text}', which is not {what}.", [key]);
}
