using System.Security.Claims;
using MassageRoutines.Web.Offline;

namespace MassageRoutines.Web.Api;

public static class OfflineApi
{
    public const string ManifestUrl = "/api/offline/manifest";

    public static void MapOfflineApi(this IEndpointRouteBuilder app) =>
        app.MapGet(ManifestUrl, async (ClaimsPrincipal user, OfflineManifests manifests, HttpContext http, CancellationToken ct) =>
            {
                // Personal (the groups' plans), and asked for afresh on every page: never kept on the way.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await manifests.ForAsync(user, ct));
            })
            .WithTags("Offline")
            .WithSummary("What the runner's service worker keeps so that routines play with no signal, and its version.");
}
