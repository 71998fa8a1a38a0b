using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The one way a request body is limited, for pages (<c>[BodyLimit(bytes)]</c>) and API endpoints
/// (<c>.WithBodyLimit(bytes)</c>) alike. It sets the server's limit for the request, so a body that
/// grows past it fails to read with 413 even without a Content-Length; and it refuses a declared
/// length over the limit with 413 before anything reads the body (the server drops the unread rest, up
/// to its own limit, so that a client still sending gets the answer before the connection ends). (Otherwise a page's antiforgery check reads
/// the form first, meets the server's limit, and answers a bare 400.)
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BodyLimitAttribute(long bytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    // Before the antiforgery check (order 1000).
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (!BodyLimit.Apply(context.HttpContext, bytes))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}

public static class BodyLimit
{
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) => Apply(context.HttpContext, bytes)
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Problem(title: "The request body is too large",
                detail: context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Words>>()["At most {0} KB.", bytes / 1024],
                statusCode: StatusCodes.Status413PayloadTooLarge)));

    /// <summary>Sets the limit for this request; false when it declares a body over it.</summary>
    public static bool Apply(HttpContext http, long bytes)
    {
        if (http.Request.ContentLength > bytes)
        {
            // Refused unread, under the server's own limit: the server then reads the rest and drops it,
            // so a client still sending gets the answer. Under this request's limit, it would close the
            // connection instead, and a client that reads only once it has sent would see no answer.
            return false;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bytes;
        }
        return true;
    }
}
