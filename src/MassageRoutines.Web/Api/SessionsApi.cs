using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Api;

public static class SessionsApi
{
    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions");
        sessions.MapPost("/", PostAsync)
            .RequireAntiforgeryToken()
            .WithBodyLimit(SessionPosting.MaxBodyBytes)
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

    private static Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext http, MassageDbContext db, RoutineVersionCache versions, TimeProvider time, AppMetrics metrics, CancellationToken ct) =>
        SessionPosting.PostAsync(http, db, versions, time, metrics, log => log.RunnerId = RunnerIdentity.FindOrCreate(http), ct);

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
