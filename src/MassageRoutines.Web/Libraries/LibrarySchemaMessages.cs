using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// What a library file's entry that is not the shape of <see cref="LibrarySchema"/> is told: each of the
/// schema's errors at the file's own JSON path, in words a coach reads ("Required.", "Unknown field.",
/// the values a choice takes).
/// </summary>
public static class LibrarySchemaMessages
{
    /// <summary>The problems of a failed evaluation of <paramref name="instance"/>, found at <paramref name="path"/>, in the file's order.</summary>
    /// <param name="schema">The schema the instance was evaluated against, for the names and values it expects.</param>
    public static IEnumerable<FileProblem> Of(EvaluationResults results, JsonElement instance, string path, JsonObject schema)
    {
        var found = new List<FileProblem>();
        foreach (var unit in results.Details ?? [])
        {
            foreach (var (keyword, message) in unit.Errors ?? new Dictionary<string, string>())
            {
                var segments = unit.InstanceLocation.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToList();
                var (at, value) = Locate(instance, path, segments);
                var shape = SchemaAt(schema, segments);
                found.AddRange(keyword switch
                {
                    "required" => Missing(shape, value).Select(name => new FileProblem($"{at}.{name}", new Wording("Required."))),
                    "enum" => [new(at, Kebab.Problem(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
                        shape?["title"]?.GetValue<string>() ?? "value", shape?["enum"]?.AsArray().Select(v => v!.GetValue<string>()) ?? []))],
                    "type" => [new(at, new Wording("This value has the wrong type: {0}.", Expected(shape?["type"]?.GetValue<string>())))],
                    "minimum" or "maximum" => [new(at, OutOfRange)],
                    "" when unit.EvaluationPath.ToString().Contains("additionalProperties", StringComparison.Ordinal) => [new(at, new Wording("Unknown field."))],
                    // The schema library's own words, in English: a shape this schema has no words of its own for.
                    _ => [new(at, Wording.Plain(message))],
                });
            }
        }
        // The schema's order is its own; the file's fields in order of their paths read better.
        return found.OrderBy(p => p.Path, StringComparer.Ordinal);
    }

    public static Wording OutOfRange => new("This number is out of range: expected a whole number from {0} to {1}.", int.MinValue.ToString(CultureInfo.InvariantCulture), int.MaxValue.ToString(CultureInfo.InvariantCulture));

    /// <summary>The JSON path ("$.moves[1].regions[0]") and value at a JSON Pointer's segments below an element.</summary>
    private static (string Path, JsonElement Value) Locate(JsonElement element, string path, List<string> segments)
    {
        var at = new StringBuilder(path);
        foreach (var segment in segments)
        {
            if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index))
            {
                at.Append('[').Append(index).Append(']');
                element = element[index];
            }
            else
            {
                at.Append('.').Append(segment);
                element = element.TryGetProperty(segment, out var child) ? child : default;
            }
        }
        return (at.ToString(), element);
    }

    /// <summary>The part of the schema that describes the value at the segments (entries have no references).</summary>
    private static JsonObject? SchemaAt(JsonObject schema, List<string> segments)
    {
        JsonNode? node = schema;
        foreach (var segment in segments)
        {
            node = node?["type"]?.GetValue<string>() == "array" ? node["items"] : node?["properties"]?[segment];
        }
        return node as JsonObject;
    }

    private static IEnumerable<string> Missing(JsonObject? shape, JsonElement value) =>
        (shape?["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
            .Where(name => value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out _));

    private static Wording Expected(string? type) => type switch
    {
        "integer" => new("expected a whole number"),
        "string" => new("expected text"),
        "boolean" => new("expected true or false"),
        "array" => new("expected a list"),
        "object" => new("expected an object"),
        _ => new("not what this field takes"),
    };
}
