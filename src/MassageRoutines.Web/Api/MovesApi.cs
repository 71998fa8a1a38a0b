using System.Text.Encodings.Web;
using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Pictures;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

public static class MovesApi
{
    public static void MapMovesApi(this IEndpointRouteBuilder app)
    {
        var moves = app.MapGroup("/api/moves").CacheOutput(LibraryOutputCache.Policy).WithTags("Moves");
        moves.MapGet("/", ListAsync).WithSummary("Every published move.");
        moves.MapGet("/{slug}", GetAsync).WithSummary("One published move.");
        moves.MapGet("/{slug}/pictures", PicturesAsync).WithSummary(
            "A published move's pictogram and body map, as the server draws them (inline SVG), for the player to show beside the move.");
    }

    private static async Task<Ok<IReadOnlyList<Move>>> ListAsync(PublishedLibrary library) =>
        TypedResults.Ok(await library.MovesAsync());

    private static async Task<Results<Ok<Move>, ProblemHttpResult>> GetAsync(string slug, PublishedLibrary library, IStringLocalizer<Words> words) =>
        await library.MoveAsync(slug) is { } found
            ? TypedResults.Ok(found.Move)
            : MoveNotFound(slug, words);

    private static async Task<Results<Ok<MovePictures>, ProblemHttpResult>> PicturesAsync(string slug, PublishedLibrary library, IStringLocalizer<Words> words) =>
        await library.MoveAsync(slug) is { } found
            ? TypedResults.Ok(new MovePictures(Markup(Pictogram.Of(found.Move, PictureSize.Large, words)), Markup(BodyMap.Worked(found.Move.Regions, PictureSize.Large, words))))
            : MoveNotFound(slug, words);

    private static ProblemHttpResult MoveNotFound(string slug, IStringLocalizer<Words> words) =>
        ApiSetup.NotFoundProblem("Move not found", words["No published move has the slug '{0}'.", slug]);

    private static string Markup(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}

/// <summary>Each picture is one complete SVG element, role="img" with its text alternative.</summary>
public sealed record MovePictures(string Pictogram, string BodyMap);
