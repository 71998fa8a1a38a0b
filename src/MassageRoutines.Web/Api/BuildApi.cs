using MassageRoutines.Engine;
using MassageRoutines.Web.Building;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Api;

public static class BuildApi
{
    public static void MapBuildApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/build", BuildAsync).WithTags("Building").WithSummary(
            "A routine built for the runner: phase, minutes (3 to 20), tools and sore (repeated or comma-separated), ranHard, and "
            + "library (the seeded one when not given). Its timeline, why each move is there, and notes. The routine is stored once, "
            + "and played and logged by its slug like any routine.");

    private static async Task<Results<Ok<TimelineResponse>, ValidationProblem, ProblemHttpResult>> BuildAsync(
        string? phase, string? minutes, string? tools, string? sore, string? ranHard, string? library,
        HttpContext http, MassageDbContext db, RoutineBuilding building, TimeProvider time, CancellationToken ct)
    {
        var request = BuildQuery.Parse(phase, minutes, [tools ?? ""], [sore ?? ""], ranHard, out var errors);
        var from = await RoutineBuilding.LibraryAsync(db, library, ct);
        if (from is null)
        {
            errors["library"] = [$"No library has the slug '{library}'."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The routine cannot be built from these values.");
        }

        var built = await building.BuildAsync(db, request!, from!.Id, RunnerIdentity.Find(http), ForwardedHeadersSetup.ClientAddress(http), time.GetUtcNow().UtcDateTime, ct);
        if (built.Notes is [{ Code: RoutineBuilding.LimitReachedCode } limit])
        {
            http.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(title: "Too many new routines", detail: limit.Message, statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (built.Routine is null)
        {
            return TypedResults.Problem(title: "No routine can be built from what you have",
                detail: string.Join(" ", built.Notes.Select(note => note.Message)), statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["notes"] = built.Notes });
        }
        return TypedResults.Ok(TimelineResponse.From(TimelineBuilder.Build(built.Routine), built));
    }
}
