using MassageRoutines.Web.Data;
using MassageRoutines.Web.Kiosks;
using MassageRoutines.Web.Libraries;
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
        string token, [AsParameters] KioskSessionServices services, CancellationToken ct)
    {
        var kiosk = await services.Kiosks.FindAsync(token, ct);
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
        return await SessionPosting.PostAsync(services.Http, services.Db, services.Versions, services.Time, services.Metrics, services.Writer,
            new SessionOwner(null, kiosk), ct);
    }
}

/// <summary>What logging a kiosk's session takes: the kiosks, and what <see cref="SessionPosting"/> takes in a log with.</summary>
public sealed class KioskSessionServices(HttpContext http, GymKiosks kiosks, MassageDbContext db, RoutineVersionCache versions, TimeProvider time,
    AppMetrics metrics, SessionWriter writer)
{
    public HttpContext Http { get; } = http;
    public GymKiosks Kiosks { get; } = kiosks;
    public MassageDbContext Db { get; } = db;
    public RoutineVersionCache Versions { get; } = versions;
    public TimeProvider Time { get; } = time;
    public AppMetrics Metrics { get; } = metrics;
    public SessionWriter Writer { get; } = writer;
}
