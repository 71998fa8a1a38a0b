using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The one place absolute links to this site are made: join links, kiosk addresses and their QR codes,
/// links in mails. With <c>App:PublicUrl</c> set they start with it, whatever Host header a request
/// came with; unset, with the request's scheme and host, as browsers reached the site.
/// </summary>
public sealed class PublicLinks(IOptions<AppOptions> options, LinkGenerator links)
{
    /// <summary>The absolute address of a page, e.g. ToPage(http, "/Groups/Join", new { token }).</summary>
    public string ToPage(HttpContext http, string page, object? values = null) =>
        To(http.Request, links.GetPathByPage(http, page, handler: null, values)
            ?? throw new InvalidOperationException($"There is no page {page} for these values."));

    /// <summary>The absolute address of a path of this site (one that starts with "/", as Url.Page and LinkGenerator make).</summary>
    public string To(HttpRequest request, string path) =>
        (options.Value.PublicOrigin ?? $"{request.Scheme}://{request.Host.ToUriComponent()}") + path;
}
