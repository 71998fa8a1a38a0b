using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Operations;

/// <param name="Value">The body read; null when it was JSON's <c>null</c>, or when it could not be read.</param>
/// <param name="Refused">415 when it is not JSON, 413 past the endpoint's body limit.</param>
/// <param name="Invalid">What could not be read, by field.</param>
public sealed record JsonRead<T>(T? Value, ProblemHttpResult? Refused = null, ValidationProblem? Invalid = null) where T : class;

/// <summary>
/// A JSON request body read the API's way: refused unless it says it is JSON or when it is over the
/// endpoint's body limit, and what cannot be read named by field, so the client knows what to fix.
/// </summary>
public static class JsonBody
{
    /// <param name="noun">What the body is, for the problems' titles: "session log", "subscription".</param>
    /// <param name="limitDetail">What the body limit is, for the 413's detail, if it says.</param>
    public static async Task<JsonRead<T>> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, string noun, string? limitDetail, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new(null, Refused: TypedResults.Problem(title: $"Send the {noun} as JSON", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        try
        {
            return new(await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(null, Refused: TypedResults.Problem(title: $"The {noun} is too large", detail: limitDetail, statusCode: StatusCodes.Status413PayloadTooLarge));
        }
        catch (JsonException e)
        {
            // An unknown value is named like the checks name fields ("outcome"); anything else by its JSON path.
            var (field, message) = e is UnknownValueException && e.Path is ['$', '.', .. var name]
                ? (name, e.Message)
                : (e.Path ?? "$", $"Not valid here (line {e.LineNumber + 1}): a wrong type, an unknown field or malformed JSON.");
            return new(null, Invalid: TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                title: $"The {noun} is not valid JSON for this API."));
        }
    }
}
