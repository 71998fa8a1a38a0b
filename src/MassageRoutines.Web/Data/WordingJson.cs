using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>
/// How a wording is kept in a text column, so it can be said later in any language:
/// <c>{"format":"…","values":[…]}</c>, each value a string, a number or a wording. Text kept before
/// wordings were (plain English) reads back as itself.
/// </summary>
public static class WordingJson
{
    public static string Write(Wording wording) => ToNode(wording).ToJsonString();

    public static Wording Read(string text)
    {
        if (text.StartsWith('{'))
        {
            try
            {
                return FromNode(JsonNode.Parse(text)!.AsObject());
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                // Plain text that happens to start with a brace.
            }
        }
        return Wording.Plain(text);
    }

    private static JsonObject ToNode(Wording wording) => new()
    {
        ["format"] = wording.Format,
        ["values"] = new JsonArray([.. wording.Values.Select(value => value switch
        {
            Wording inner => (JsonNode)ToNode(inner),
            int number => JsonValue.Create(number),
            long number => JsonValue.Create(number),
            double number => JsonValue.Create(number),
            _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
        })]),
    };

    private static Wording FromNode(JsonObject node) => new(
        (string)node["format"]!,
        [.. node["values"]!.AsArray().Select(value => value!.GetValueKind() switch
        {
            JsonValueKind.Object => FromNode(value.AsObject()),
            JsonValueKind.Number => value.GetValue<JsonElement>().TryGetInt64(out var whole) ? whole : (object)value.GetValue<double>(),
            _ => (object)value.GetValue<string>(),
        })]);
}
