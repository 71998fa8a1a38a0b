using MassageRoutines.Engine;
using MassageRoutines.Web.Building;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

public static class BuildApi
{
    public static void MapBuildApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/build", BuildAsync).WithTags("Building").WithSummary(
            "A routine built for the runner: phase, minutes (3 to 20), tools and sore (repeated or comma-separated), ranHard, and "
            + "library (the seeded one when not given). Its timeline, why each move is there, and notes. The routine is stored once, "
            + "and played and logged by its slug like any routine.");

    /// <summary>The query keys of GET /api/build.</summary>
    /// <remarks>Properties, not a positional record: the request delegate generator writes <c>typeof(string?)</c>
    /// for a constructor's nullable parameters, which does not compile.</remarks>
    public sealed class BuildParameters
    {
        [FromQuery(Name = "phase")] public string? Phase { get; init; }
        [FromQuery(Name = "minutes")] public string? Minutes { get; init; }
        [FromQuery(Name = "tools")] public string? Tools { get; init; }
        [FromQuery(Name = "sore")] public string? Sore { get; init; }
        [FromQuery(Name = "ranHard")] public string? RanHard { get; init; }
        [FromQuery(Name = "library")] public string? Library { get; init; }

        public BuildAsk Ask => new(Phase, Minutes, [Tools ?? ""], [Sore ?? ""], RanHard, Library);
    }

    private static async Task<Results<Ok<TimelineResponse>, ValidationProblem, ProblemHttpResult>> BuildAsync(
        [AsParameters] BuildParameters query, HttpContext http, TailoredRoutines building, IStringLocalizer<Words> words, CancellationToken ct)
    {
        var built = await building.BuildAsync(query.Ask, RunnerIdentity.Find(http), ForwardedHeadersSetup.ClientAddress(http), ct);
        if (built.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(built.Errors, title: "The routine cannot be built from these values.");
        }
        var result = built.Result!;
        if (built.RetryAfter is { } wait)
        {
            RateLimits.SetRetryAfter(http.Response, wait);
            return TypedResults.Problem(title: "Too many new routines", detail: words.Say(result.Notes[0].Says), statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (result.Routine is null)
        {
            return TypedResults.Problem(title: "No routine can be built from what you have",
                detail: string.Join(" ", result.Notes.Select(note => words.Say(note.Says))), statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["notes"] = SaidWarning.All(result.Notes, words) });
        }
        return TypedResults.Ok(TimelineResponse.From(TimelineBuilder.Build(result.Routine).InLanguage(words), words, result));
    }
}
