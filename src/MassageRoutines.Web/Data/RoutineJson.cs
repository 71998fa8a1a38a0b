using System.Text.Json;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>How a frozen routine (a published version, a built routine) is kept: the engine's routine, moves included, as JSON.</summary>
public static class RoutineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { Kebab.JsonConverter },
    };

    public static string Write(Routine routine) => JsonSerializer.Serialize(routine, Options);

    public static Routine Read(string json, string what) =>
        JsonSerializer.Deserialize<Routine>(json, Options) ?? throw new InvalidDataException($"{what} has no definition.");

    /// <summary>A move's or routine's translations as kept in its Translations column; null when it has none.</summary>
    public static string? WriteTranslations<TText>(IReadOnlyDictionary<string, TText> translations) =>
        translations.Count == 0 ? null : JsonSerializer.Serialize(translations, Options);

    public static IReadOnlyDictionary<string, TText> ReadTranslations<TText>(string? json, IReadOnlyDictionary<string, TText> none) =>
        string.IsNullOrEmpty(json) ? none : JsonSerializer.Deserialize<Dictionary<string, TText>>(json, Options) ?? none;
}
