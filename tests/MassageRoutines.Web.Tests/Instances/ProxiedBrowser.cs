using System.Net;

namespace MassageRoutines.Web.Tests.Instances;

/// <summary>
/// One browser at <paramref name="clientAddress"/> using the site through its HTTPS reverse proxy,
/// which may hand any request to either instance: one cookie jar for the site, and each request
/// forwarded with the client's address and scheme, as Caddy does in compose.yaml.
/// </summary>
public sealed class ProxiedBrowser(string clientAddress)
{
    public static readonly Uri Site = new("https://massage-routines.test/");

    private readonly CookieContainer jar = new();

    public string ClientAddress { get; } = clientAddress;

    /// <summary>This browser's requests, as the proxy hands them to <paramref name="instance"/>.</summary>
    public HttpClient Via(AppProcess instance) =>
        new(new Forwarding(this) { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = instance.Address,
        };

    public Cookie? Cookie(string name) => jar.GetCookies(Site)[name];

    private sealed class Forwarding(ProxiedBrowser browser) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.Headers.Add("X-Forwarded-For", browser.ClientAddress);
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (browser.jar.GetCookieHeader(Site) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }
            var response = await base.SendAsync(request, ct);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
            {
                browser.jar.SetCookies(Site, cookie);
            }
            return response;
        }
    }
}
