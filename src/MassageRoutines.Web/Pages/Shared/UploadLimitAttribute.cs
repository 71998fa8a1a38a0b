using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// Refuses a request body over the limit with 413 before anything reads it. Without this, the
/// antiforgery check reads the form first, meets the server's size limit, and answers a bare 400;
/// with it, the browser gets the status page that says the upload was too large.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(long bytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    // Before the antiforgery check (order 1000).
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bytes;
        }
        if (http.Request.ContentLength > bytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
