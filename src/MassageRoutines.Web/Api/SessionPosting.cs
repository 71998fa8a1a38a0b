using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Api;

/// <summary>The HTTP side of taking in a session log, for a runner (POST /api/sessions) or a kiosk.</summary>
public static class SessionPosting
{
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext http, MassageDbContext db, RoutineVersionCache versions, TimeProvider time, AppMetrics metrics, SessionWriter writer, SessionOwner owner, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(title: "Send the session as JSON", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        SessionLogRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<SessionLogRequest>(http.Request.Body, SessionLogRequest.Json, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(title: "The session log is too large", detail: $"At most {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        catch (JsonException e)
        {
            // An unknown value is named like the checks name fields ("outcome"); anything else by its JSON path.
            var (field, message) = e is UnknownValueException && e.Path is ['$', '.', .. var name]
                ? (name, e.Message)
                : (e.Path ?? "$", $"Not valid here (line {e.LineNumber + 1}): a wrong type, an unknown field or malformed JSON.");
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                title: "The session log is not valid JSON for this API.");
        }
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["The body is null."] });
        }

        var started = time.GetTimestamp();
        var result = await SessionIngest.IngestAsync(db, versions, writer, request, time.GetUtcNow(), owner, ct);
        metrics.SessionIngested(result, time.GetElapsedTime(started));
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
