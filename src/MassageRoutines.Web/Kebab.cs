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

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Policy.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key);

        public static readonly string[] InOrder = Enum.GetValues<T>().Select(v => ByValue[v]).ToArray();
    }
}
