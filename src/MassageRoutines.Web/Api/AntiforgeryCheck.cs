using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

/// <summary>
/// The API's writes come from our own pages' forms, so they carry an antiforgery token in the
/// RequestVerificationToken header (pages get one from GET /api/antiforgery).
/// </summary>
public static class AntiforgeryCheck
{
    public const string HeaderName = "RequestVerificationToken";

    public static TBuilder RequireAntiforgeryToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                return TypedResults.Problem(
                    title: "Antiforgery token missing or invalid",
                    detail: context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Words>>()["Send the token from GET /api/antiforgery in the {0} header.", HeaderName],
                    statusCode: StatusCodes.Status400BadRequest);
            }
            return await next(context);
        });

    public static void MapAntiforgeryToken(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, HeaderName));
            })
            .WithTags("Antiforgery")
            .WithSummary("A token for the API's writes; send it back in the named header.");
}

public sealed record AntiforgeryToken(string Token, string HeaderName);
