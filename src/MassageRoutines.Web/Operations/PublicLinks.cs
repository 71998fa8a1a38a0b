namespace MassageRoutines.Web.Operations;

/// <summary>
/// The one place that builds absolute links, for what leaves the site (mails): every link a mail
/// carries is made here. For now from the request's scheme and host.
/// </summary>
public static class PublicLinks
{
    /// <param name="path">A path on this site, with its query: "/account/reset-password?user=…".</param>
    public static string Absolute(HttpRequest request, string path) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
}
