using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Api;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Takes in one session log, for a runner or a kiosk: checks it against the timeline of the routine
/// version it was played from, stores it once, and treats the client's id as the idempotency key.
/// </summary>
public static class SessionIngest
{
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <param name="owner">Says whose log it is: sets the runner or the kiosk.</param>
    public static async Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext http, MassageDbContext db, RoutineVersionCache versions, TimeProvider time, Action<SessionLog> owner, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(title: "Send the session as JSON", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        // Read at most the limit, whether or not the client said how long the body is.
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        SessionLogRequest? request;
        try
        {
            var length = 0;
            int read;
            while (length <= MaxBodyBytes && (read = await http.Request.Body.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length), ct)) > 0)
            {
                length += read;
            }
            if (length > MaxBodyBytes)
            {
                return TypedResults.Problem(title: "The session log is too large", detail: $"At most {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }
            request = JsonSerializer.Deserialize<SessionLogRequest>(buffer.AsSpan(0, length), RequestJson);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [e.Path ?? "$"] = [$"Not valid here (line {e.LineNumber + 1}): a wrong type, an unknown field or malformed JSON."] },
                title: "The session log is not valid JSON for this API.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["The body is null."] });
        }

        var checks = new SessionLogChecks();
        var options = checks.Options(request);
        var routine = request.Routine is { } slug && request.RoutineVersion is int version
            ? await versions.FindAsync(db, slug, version, ct)
            : null;
        var timeline = routine is null || options is null ? null : TimelineBuilder.Build(routine, options);
        var log = checks.Check(request, timeline, time.GetUtcNow(), Fingerprint(request));
        if (log is null)
        {
            return TypedResults.ValidationProblem(checks.Errors, title: "The session log has problems; nothing was stored.");
        }

        owner(log);
        db.SessionLogs.Add(log);
        try
        {
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/sessions/{log.Id}", SessionView.From(log));
        }
        catch (DbUpdateException)
        {
            // Whatever the database calls it, the question is whether the id is taken.
            db.ChangeTracker.Clear();
            if (!await db.SessionLogs.AnyAsync(l => l.Id == log.Id, ct))
            {
                throw;
            }
        }

        // The id is taken: a retry of the same log, from the same owner, is answered with it; anything else is a conflict.
        var stored = await db.SessionLogs.AsNoTracking().SingleAsync(l => l.Id == log.Id, ct);
        return stored.Fingerprint == log.Fingerprint && stored.RunnerId == log.RunnerId && stored.KioskId == log.KioskId
            ? TypedResults.Ok(SessionView.From(stored))
            : TypedResults.Problem(
                title: "A different session log already uses this id",
                detail: "Make a new UUID for a new session; resend exactly the same body to retry.",
                statusCode: StatusCodes.Status409Conflict);
    }

    /// <summary>A hash of the body as understood, so whitespace or field order does not make a retry look different.</summary>
    private static string Fingerprint(SessionLogRequest request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, RequestJson)));
}
