using System.Net.Http.Headers;

namespace MassageRoutines.Web.Reminders;

/// <summary>
/// RFC 8292 makes the VAPID token's audience the push service's origin, port included; Lib.Net.Http.WebPush
/// leaves the port out. Push services listen on the default port, where the two agree; for a push
/// service on any other port, this signs the request again with its true origin.
/// </summary>
public sealed class VapidAudienceHandler(VapidKeyring vapid) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsDefaultPort: false } uri)
        {
            using var authentication = await vapid.AuthenticationAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("vapid",
                authentication.GetVapidSchemeAuthenticationHeaderValueParameter(uri.GetLeftPart(UriPartial.Authority)));
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
