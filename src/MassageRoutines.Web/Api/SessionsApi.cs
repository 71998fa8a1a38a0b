using MassageRoutines.Engine;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

public static class SessionsApi
{
    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions");
        sessions.MapPost("/", PostAsync)
            .RequireRateLimiting(NewRunnerLimit.Name)
            .WithBodyLimit(SessionPosting.MaxBodyBytes)
            .RequireAntiforgeryToken()
            .Accepts<SessionLogRequest>("application/json")
            .WithSummary("Log a played session. Sending the same id and body again is safe.");
        sessions.MapGet("/", ListAsync).WithSummary(
            "This runner's sessions, newest first, a page at a time: the Link header's rel=\"next\" address has the next page.");
        sessions.MapGet("/export.csv", SessionExport.CsvAsync).WithSummary("All of this runner's sessions as CSV, streamed.");
        sessions.MapGet("/export.json", SessionExport.Json).WithSummary("All of this runner's sessions as JSON, streamed.");
        sessions.MapGet("/{id:guid}", GetAsync).WithSummary("One of this runner's sessions.");
        app.MapGet("/api/rest-advice", RestAdviceAsync).WithTags("Sessions")
            .WithSummary("Regions this runner should give a day off, after a hard session or a stop for pain in the last 24 hours.");
    }

    /// <summary>The label and reason in the request's language: the page's, as its cookie or account says.</summary>
    private static async Task<Ok<List<RestAdviceView>>> RestAdviceAsync(HttpContext http, RunnerSessions sessions, IStringLocalizer<Words> words, CancellationToken ct) =>
        TypedResults.Ok((await sessions.RestAdviceAsync(RunnerIdentity.Find(http), ct))
            .Select(a => new RestAdviceView(a.Region, words[Labels.Of(a.Region)], a.UntilUtc, words.Say(a.Reason))).ToList());

    private static Task<Results<Created<SessionView>, Ok<SessionView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpContext http, SessionIngest ingest, CancellationToken ct) =>
        SessionPosting.PostAsync(http, ingest, new SessionOwner(RunnerIdentity.FindOrCreate(http)), ct);

    private static async Task<Results<Ok<List<SessionView>>, ValidationProblem>> ListAsync(
        string? cursor, string? limit, HttpContext http, RunnerSessions sessions, IStringLocalizer<Words> words, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var after = SessionCursor.Decode(cursor);
        if (!string.IsNullOrEmpty(cursor) && after is null)
        {
            errors["cursor"] = ["Not a cursor this API gave out; take the next page's address from the Link header."];
        }
        var size = SessionKeyset.PageSize;
        if (!string.IsNullOrEmpty(limit) && !(int.TryParse(limit, out size) && size is >= 1 and <= SessionKeyset.MaxPageSize))
        {
            errors["limit"] = [words["'{0}' is not a page size from 1 to {1}.", limit, SessionKeyset.MaxPageSize]];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The page asked for is not valid.");
        }

        if (RunnerIdentity.Find(http) is not { } runner)
        {
            return TypedResults.Ok(new List<SessionView>());
        }
        var (page, next) = await sessions.PageAsync(runner, after, size, ct);
        if (next is not null)
        {
            http.Response.Headers.Link = $"</api/sessions?cursor={next.Encode()}&limit={size}>; rel=\"next\"";
        }
        return TypedResults.Ok(page.Select(SessionView.From).ToList());
    }

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, RunnerSessions sessions, CancellationToken ct)
    {
        var log = await sessions.FindAsync(RunnerIdentity.Find(http), id, ct);
        return log is null
            ? ApiSetup.NotFoundProblem("Session not found", "This browser has logged no session with that id.")
            : TypedResults.Ok(SessionView.From(log));
    }
}

public sealed record RestAdviceView(BodyRegion Region, string Label, DateTime Until, string Reason);
