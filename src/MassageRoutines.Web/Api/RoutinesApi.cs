using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

public static class RoutinesApi
{
    public static void MapRoutinesApi(this IEndpointRouteBuilder app)
    {
        var routines = app.MapGroup("/api/routines").CacheOutput(LibraryOutputCache.Policy).WithTags("Routines");
        routines.MapGet("/", ListAsync).WithSummary("Published routines, optionally filtered by phase, tool and region.");
        routines.MapGet("/{slug}", GetAsync).WithSummary("One published routine, step by step.");
        routines.MapGet("/{slug}/timeline", TimelineAsync).WithSummary("The segments the player plays, for the runner's choices.");
    }

    private static async Task<Results<Ok<List<RoutineSummary>>, ValidationProblem>> ListAsync(
        string? phase, string? tool, string? region, PublishedLibrary library, IStringLocalizer<Words> words)
    {
        var filter = RoutineFilter.Parse(phase, tool, region, words, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter has values this API does not know.");
        }
        var routines = await library.RoutinesAsync();
        return TypedResults.Ok(routines.Where(filter.Matches).Select(RoutineSummary.From).ToList());
    }

    private static async Task<Results<Ok<RoutineDetail>, ProblemHttpResult>> GetAsync(string slug, PublishedLibrary library, IStringLocalizer<Words> words) =>
        await library.RoutineAsync(slug) is { } routine
            ? TypedResults.Ok(RoutineDetail.From(routine, words))
            : RoutineNotFound(slug, words);

    private static async Task<Results<Ok<TimelineResponse>, ValidationProblem, ProblemHttpResult>> TimelineAsync(
        string slug, string? minutes, string? warmup, string? intensity, PublishedLibrary library, IStringLocalizer<Words> words)
    {
        var options = TimelineQuery.Parse(minutes, warmup, intensity, words, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The timeline options are not valid.");
        }
        if (await library.RoutineAsync(slug) is not { } routine)
        {
            return RoutineNotFound(slug, words);
        }
        return TypedResults.Ok(TimelineResponse.From(TimelineBuilder.Build(routine.Routine, options).InLanguage(words), words));
    }

    private static ProblemHttpResult RoutineNotFound(string slug, IStringLocalizer<Words> words) =>
        ApiSetup.NotFoundProblem("Routine not found", words["No published routine has the slug '{0}'.", slug]);
}
