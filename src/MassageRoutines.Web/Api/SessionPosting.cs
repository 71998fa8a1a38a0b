using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Api;

/// <summary>The HTTP side of taking in a session log, for a runner (POST /api/sessions) or a kiosk.</summary>
public static class SessionPosting
{
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext http, SessionIngest ingest, SessionOwner owner, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SessionLogRequest>(http.Request, SessionLogRequest.Json, "session log", MaxBodyBytes, ct);
        if (body.Refused is { } refused)
        {
            return refused;
        }
        if (body.Invalid is { } invalid)
        {
            return invalid;
        }
        if (body.Value is not { } request)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["The body is null."] });
        }

        var result = await ingest.IngestAsync(request, owner, ct);
        return result.Outcome switch
        {
            IngestOutcome.Created => TypedResults.Created($"/api/sessions/{result.Log!.Id}", SessionView.From(result.Log)),
            IngestOutcome.Repeated => TypedResults.Ok(SessionView.From(result.Log!)),
            IngestOutcome.Conflict => TypedResults.Problem(
                title: "A different session log already uses this id",
                detail: "Make a new UUID for a new session; resend exactly the same body to retry.",
                statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.ValidationProblem(result.Errors, title: "The session log has problems; nothing was stored."),
        };
    }
}
