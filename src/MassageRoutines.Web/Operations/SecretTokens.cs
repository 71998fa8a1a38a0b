namespace MassageRoutines.Web.Operations;

/// <summary>
/// Where secrets travel in this site's addresses, in one place: the path segment that follows each
/// path below, and the value of each query key below. Request logs (<see cref="SafeLogValues"/>) and
/// traces (<see cref="TelemetrySetup"/>) show them as <see cref="Redacted"/>. A new secret address
/// (a calendar feed's token, say) is added here.
/// </summary>
public static class SecretTokens
{
    public const string Redacted = "[redacted]";

    /// <summary>Paths whose next segment is a secret: a kiosk's address, its API, a group's join link, a calendar feed.</summary>
    private static readonly string[][] PathsBeforeSecret =
        [.. new[] { "/kiosk", "/api/kiosks", "/groups/join", "/calendar" }.Select(path => path.Split('/'))];

    /// <summary>Query keys whose values are secret: reset and confirmation links carry them.</summary>
    private static readonly string[] SecretQueryKeys = ["token", "code"];

    /// <summary>A path, a query, or a path and query, with the secrets in it redacted.</summary>
    public static string RedactUrl(string url)
    {
        var query = url.IndexOf('?');
        return query < 0 ? RedactPath(url) : RedactPath(url[..query]) + RedactQuery(url[query..]);
    }

    /// <summary>A path (routing ignores case, and so does this) with its secret segment redacted.</summary>
    public static string RedactPath(string path)
    {
        var segments = path.Split('/');
        foreach (var prefix in PathsBeforeSecret)
        {
            if (segments.Length > prefix.Length && segments[prefix.Length].Length > 0
                && segments.Take(prefix.Length).SequenceEqual(prefix, StringComparer.OrdinalIgnoreCase))
            {
                segments[prefix.Length] = Redacted;
            }
        }
        return string.Join('/', segments);
    }

    /// <summary>A query ("?a=1&amp;token=…", with or without its "?") with the values of secret keys redacted.</summary>
    public static string RedactQuery(string query)
    {
        var start = query.StartsWith('?') ? "?" : "";
        var pairs = query[start.Length..].Split('&').Select(pair =>
        {
            var equals = pair.IndexOf('=');
            if (equals < 0)
            {
                return pair;
            }
            // Keys compared as model binding reads them: decoded, whatever the case.
            if (SecretQueryKeys.Contains(Decoded(pair[..equals]), StringComparer.OrdinalIgnoreCase))
            {
                return pair[..(equals + 1)] + Redacted;
            }
            // An address in a value, such as the sign-in page's ReturnUrl=/groups/join/{token}.
            var value = Decoded(pair[(equals + 1)..]);
            var redacted = RedactUrl(value);
            return redacted == value ? pair : pair[..(equals + 1)] + Uri.EscapeDataString(redacted);
        });
        return start + string.Join('&', pairs);
    }

    private static string Decoded(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
