using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Api;

public static class SessionsApi
{
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions");
        sessions.MapPost("/", PostAsync)
            .RequireAntiforgeryToken()
            .Accepts<SessionLogRequest>("application/json")
            .WithSummary("Log a played session. Sending the same id and body again is safe.");
        sessions.MapGet("/", ListAsync).WithSummary("This runner's sessions, newest first.");
        sessions.MapGet("/{id:guid}", GetAsync).WithSummary("One of this runner's sessions.");
        app.MapGet("/api/rest-advice", RestAdviceAsync).WithTags("Sessions")
            .WithSummary("Regions this runner should give a day off, after a hard session or a stop for pain in the last 24 hours.");
    }

    private static async Task<Ok<List<RestAdviceView>>> RestAdviceAsync(
        HttpContext http, MassageDbContext db, TimeProvider time, SiteTimeZone zone, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - RunnerHistory.RestPeriod;
        var runner = RunnerIdentity.Find(http);
        var recent = runner is null
            ? []
            : await db.SessionLogs.AsNoTracking().Where(l => l.RunnerId == runner && l.EndedAt > since).ToListAsync(ct);
        return TypedResults.Ok(RunnerHistory.Of(recent, now, zone).RestAdvice
            .Select(a => new RestAdviceView(a.Region, Labels.Of(a.Region), a.UntilUtc, a.Reason)).ToList());
    }

    private static async Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext http, MassageDbContext db, RoutineVersionCache versions, TimeProvider time, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(title: "Send the session as JSON", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.Problem(title: "The session log is too large", detail: $"At most {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        SessionLogRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<SessionLogRequest>(http.Request.Body, RequestJson, ct);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [e.Path ?? "$"] = [$"Not valid here (line {e.LineNumber + 1}): a wrong type, an unknown field or malformed JSON."] },
                title: "The session log is not valid JSON for this API.");
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

        log.RunnerId = RunnerIdentity.FindOrCreate(http);
        db.SessionLogs.Add(log);
        try
        {
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/sessions/{log.Id}", SessionView.From(log));
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintPrimaryKey })
        {
            db.ChangeTracker.Clear();
        }

        // The id is taken: a retry of the same log is answered with it; anything else is a conflict.
        var stored = await db.SessionLogs.AsNoTracking().SingleAsync(l => l.Id == log.Id, ct);
        return stored.Fingerprint == log.Fingerprint && stored.RunnerId == log.RunnerId
            ? TypedResults.Ok(SessionView.From(stored))
            : TypedResults.Problem(
                title: "A different session log already uses this id",
                detail: "Make a new UUID for a new session; resend exactly the same body to retry.",
                statusCode: StatusCodes.Status409Conflict);
    }

    private const int SqliteConstraintPrimaryKey = 1555;

    private static async Task<Ok<List<SessionView>>> ListAsync(HttpContext http, MassageDbContext db, CancellationToken ct)
    {
        var runner = RunnerIdentity.Find(http);
        var logs = runner is null
            ? []
            : await db.SessionLogs.AsNoTracking().Where(l => l.RunnerId == runner).OrderByDescending(l => l.StartedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(logs.Select(SessionView.From).ToList());
    }

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, MassageDbContext db, CancellationToken ct)
    {
        var runner = RunnerIdentity.Find(http);
        var log = runner is null ? null : await db.SessionLogs.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.RunnerId == runner, ct);
        return log is null
            ? ApiSetup.NotFoundProblem("Session not found", "This browser has logged no session with that id.")
            : TypedResults.Ok(SessionView.From(log));
    }

    /// <summary>A hash of the body as understood, so whitespace or field order does not make a retry look different.</summary>
    private static string Fingerprint(SessionLogRequest request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, RequestJson)));
}

public sealed record RestAdviceView(BodyRegion Region, string Label, DateTime Until, string Reason);

public sealed record SessionView(
    Guid Id,
    string Routine,
    string RoutineName,
    int RoutineVersion,
    int? Minutes,
    WarmUpMode WarmUp,
    DateTime StartedAt,
    DateTime EndedAt,
    SessionOutcome Outcome,
    int ActiveSeconds,
    IReadOnlyList<SegmentResult> Segments,
    IReadOnlyList<PainEvent> PainEvents,
    int? Discomfort,
    IReadOnlyList<BodyRegion> SoreRegions,
    string? Notes,
    IReadOnlyList<RegionSeconds> RegionSeconds)
{
    public static SessionView From(SessionLog log) => new(
        log.Id, log.RoutineSlug, log.RoutineName, log.RoutineVersion, log.TargetMinutes, log.WarmUp, log.StartedAt, log.EndedAt,
        log.Outcome, log.ActiveSeconds, log.Segments, log.PainEvents, log.Discomfort, log.SoreRegions, log.Notes, log.RegionSeconds);
}
