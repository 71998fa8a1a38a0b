using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Api;

public static class MovesApi
{
    public static void MapMovesApi(this IEndpointRouteBuilder app)
    {
        var moves = app.MapGroup("/api/moves").CacheOutput(LibraryOutputCache.Policy).WithTags("Moves");
        moves.MapGet("/", ListAsync).WithSummary("Every published move.");
        moves.MapGet("/{slug}", GetAsync).WithSummary("One published move.");
    }

    private static async Task<Ok<IReadOnlyList<Move>>> ListAsync(PublishedLibrary library) =>
        TypedResults.Ok(await library.MovesAsync());

    private static async Task<Results<Ok<Move>, ProblemHttpResult>> GetAsync(string slug, PublishedLibrary library) =>
        await library.MoveAsync(slug) is { } found
            ? TypedResults.Ok(found.Move)
            : ApiSetup.NotFoundProblem("Move not found", $"No published move has the slug '{slug}'.");
}
