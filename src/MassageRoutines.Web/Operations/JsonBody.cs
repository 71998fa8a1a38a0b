using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

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
    /// <param name="noun">What the body is, for the problems' titles: "session log", "subscription" (Words' keys).</param>
    /// <param name="limitBytes">The body limit, for the 413's detail, if it says.</param>
    public static async Task<JsonRead<T>> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, string noun, long? limitBytes, CancellationToken ct)
        where T : class
    {
        var t = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Words>>();
        if (!request.HasJsonContentType())
        {
            return new(null, Refused: TypedResults.Problem(title: t["Send the {0} as JSON", t[noun]], statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        try
        {
            return new(await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(null, Refused: TypedResults.Problem(title: t["The {0} is too large", t[noun]],
                detail: limitBytes is { } bytes ? t["At most {0} KB.", bytes / 1024].Value : null, statusCode: StatusCodes.Status413PayloadTooLarge));
        }
        catch (JsonException e)
        {
            // An unknown value is named like the checks name fields ("outcome"); anything else by its JSON path.
            var (field, message) = e is UnknownValueException unknown && e.Path is ['$', '.', .. var name]
                ? (name, t.Say(unknown.Problem))
                : (e.Path ?? "$", t["Not valid here (line {0}): a wrong type, an unknown field or malformed JSON.", (e.LineNumber ?? 0) + 1].Value);
            return new(null, Invalid: TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                title: t["The {0} is not valid JSON for this API.", t[noun].Value].Value));
        }
    }
}
