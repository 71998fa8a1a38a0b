using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Reminders;

/// <summary>
/// Which push endpoints the server will post to: https on port 443 at a push service of
/// "Reminders:PushHosts" ("*." and a domain meaning any of its subdomains). Checked when a browser
/// subscribes and again before each send, so a host taken off the list is never posted to again.
/// </summary>
public sealed class PushHosts(IOptions<RemindersOptions> options)
{
    public IReadOnlyList<string> Listed => options.Value.PushHosts;

    public bool Allows(string endpoint) => Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && Allows(uri);

    public bool Allows(Uri uri)
    {
        if (!string.IsNullOrEmpty(uri.UserInfo) || uri.HostNameType != UriHostNameType.Dns)
        {
            return IsLocal(uri);
        }
        var host = uri.IdnHost;
        return uri.Scheme == Uri.UriSchemeHttps && uri.Port == 443 && options.Value.PushHosts.Any(listed => Matches(listed, host))
            || IsLocal(uri);
    }

    /// <summary>The test-only escape, "Reminders:LocalPushHosts": any scheme and port, for a stand-in push service.</summary>
    private bool IsLocal(Uri uri) =>
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.UserInfo)
        && options.Value.LocalPushHosts.Any(local => string.Equals(local, uri.Host, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(string listed, string host) =>
        listed.StartsWith("*.", StringComparison.Ordinal)
            ? host.Length > listed.Length - 1 && host.EndsWith(listed[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(listed, host, StringComparison.OrdinalIgnoreCase);
}
