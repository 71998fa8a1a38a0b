using MassageRoutines.Web.Data;
using MassageRoutines.Web.Kiosks;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Api;

public static class KiosksApi
{
    public static void MapKiosksApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/kiosks/{token}/sessions", PostAsync)
            .RequireAntiforgeryToken()
            .WithBodyLimit(SessionPosting.MaxBodyBytes)
            .Accepts<SessionLogRequest>("application/json")
            .WithTags("Kiosks")
            .WithSummary("Log a session played on a kiosk: anonymous, tagged with the kiosk. Sending the same id and body again is safe.");

    private static async Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        string token, HttpContext http, GymKiosks kiosks, SessionIngest ingest, CancellationToken ct)
    {
        var kiosk = await kiosks.FindAsync(token, ct);
        if (kiosk is null)
        {
            return ApiSetup.NotFoundProblem("Kiosk not found", "No kiosk has that address.");
        }
        if (kiosk.RevokedAt is not null)
        {
            // 410: the log can never be taken, so a kiosk's outbox lets it go.
            return TypedResults.Problem(title: "This kiosk is disabled", detail: "A coach revoked this kiosk; its logs are no longer taken.",
                statusCode: StatusCodes.Status410Gone);
        }
        return await SessionPosting.PostAsync(http, ingest, new SessionOwner(OwnerKey.Kiosk(kiosk.Id), kiosk.Offers), ct);
    }
}
