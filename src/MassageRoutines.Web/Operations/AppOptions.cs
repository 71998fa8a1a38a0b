using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Operations;

/// <summary>The site as the public reaches it (<see cref="PublicSite"/>).</summary>
public sealed class AppOptions : IValidatableObject
{
    public const string Section = "App";

    /// <summary>
    /// The site's public address, e.g. https://massage.example.org: every absolute link (join links,
    /// kiosk addresses, their QR codes, mails) starts with it. Unset, links take the request's scheme and Host header.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The public address's scheme, host and port, without a trailing slash; null when unset.</summary>
    public string? PublicOrigin =>
        Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : null;

    /// <summary>The site is served over HTTPS: its cookies are then named with the "__Host-" prefix (<see cref="SiteCookies"/>).</summary>
    public bool IsHttps => PublicOrigin?.StartsWith("https://", StringComparison.Ordinal) == true;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (string.IsNullOrEmpty(PublicUrl))
        {
            yield break;
        }
        if (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")
            || url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            yield return new($"App:PublicUrl has '{PublicUrl}', which is not a site's address such as https://massage.example.org (https or http, no path).",
                [nameof(PublicUrl)]);
        }
    }
}
