using System.Collections.Frozen;
using System.Text.Json;

namespace MassageRoutines.Web;

/// <summary>
/// The one spelling of enum values outside C#: "pre-run", "it-band", "foam-roller". JSON, query
/// strings, forms and library files all use it.
/// </summary>
public static class Kebab
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Names<T>.ByName.TryGetValue(text, out value);
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>
    /// Reads a value, or says what is wrong with it in the one wording the app's errors use
    /// (files, query strings and session logs alike). Null text is "missing".
    /// </summary>
    /// <param name="what">What the value is, for the message: "body region", "phase".</param>
    public static bool TryParse<T>(string? text, string what, out T value, out string problem) where T : struct, Enum
    {
        problem = "";
        if (TryParse(text, out value))
        {
            return true;
        }
        var choices = string.Join(", ", All<T>());
        problem = text is null ? $"Required: one of {choices}." : $"'{text}' is not a known {what}; use one of: {choices}.";
        return false;
    }

    /// <summary>An optional query value: null when absent, and a problem under its key when not understood.</summary>
    public static T? Optional<T>(string key, string? text, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (TryParse<T>(text, key, out var value, out var problem))
        {
            return value;
        }
        errors[key] = [problem];
        return null;
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Policy.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key);

        public static readonly string[] InOrder = Enum.GetValues<T>().Select(v => ByValue[v]).ToArray();
    }
}
