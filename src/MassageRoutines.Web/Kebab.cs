using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web;

/// <summary>
/// The one spelling of enum values outside C#: "pre-run", "it-band", "foam-roller". JSON bodies,
/// query strings, forms and library files all use it, and an unknown value gets one wording
/// everywhere: what it is not, and what it may be.
/// </summary>
public static class Kebab
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    /// <summary>The converter every JSON reader and writer of the app uses for enums.</summary>
    public static readonly JsonConverterFactory JsonConverter = new EnumConverterFactory();

    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Names<T>.ByName.TryGetValue(text, out value);
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>What a value of the type is called in a message: "body region", "side choice".</summary>
    public static string What<T>() where T : struct, Enum => What(typeof(T));

    /// <summary>The one wording for a value that is missing or not one of the allowed ones.</summary>
    /// <param name="what">
    /// What a value is called (<see cref="What{T}"/>, or a name of the caller's like "sore spot"): English in every
    /// language, quoted there like a field's name, as the values themselves are the API's English names.
    /// </param>
    public static Wording Problem(string? text, string what, IEnumerable<string> allowed) =>
        string.IsNullOrEmpty(text)
            ? new Wording("Required: one of {0}.", string.Join(", ", allowed))
            : new Wording("'{0}' is not a known {1}; use one of: {2}.", text, what, string.Join(", ", allowed));

    /// <summary>
    /// Reads a value from a form or a query string. Empty text is null, and a problem only when the
    /// value is required; text that is not a value is always reported, in the one wording.
    /// </summary>
    public static T? Parse<T>(string? text, Action<Wording> report, bool required = false) where T : struct, Enum
    {
        if (TryParse<T>(text, out var value))
        {
            return value;
        }
        if (required || !string.IsNullOrEmpty(text))
        {
            report(Problem(text, What<T>(), All<T>()));
        }
        return null;
    }

    /// <summary>A list of values (checkboxes): each one not understood is reported, and left out.</summary>
    public static List<T> ParseAll<T>(IEnumerable<string> texts, Action<Wording> report) where T : struct, Enum =>
        texts.Select(text => Parse<T>(text, report, required: true)).OfType<T>().ToList();

    private static readonly FrozenDictionary<Type, string> Words = new Dictionary<Type, string>
    {
        [typeof(Sides)] = "side choice",
        [typeof(WarmUpMode)] = "warm-up choice",
        [typeof(ContentStatus)] = "status",
        [typeof(SessionOutcome)] = "outcome",
    }.ToFrozenDictionary();

    private static string What(Type type) => Words.GetValueOrDefault(type) ?? Policy.ConvertName(type.Name).Replace('-', ' ');

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Policy.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key);

        public static readonly string[] InOrder = Enum.GetValues<T>().Select(v => ByValue[v]).ToArray();
    }

    private sealed class EnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type type) => type.IsEnum;

        public override JsonConverter CreateConverter(Type type, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EnumConverter<>).MakeGenericType(type))!;
    }

    private sealed class EnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return TryParse<T>(text, out var value)
                ? value
                : throw new UnknownValueException(text is null
                    ? new Wording("Expected a {0} as text: one of {1}.", What<T>(), string.Join(", ", All<T>()))
                    : Problem(text, What<T>(), All<T>()));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Of(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Of(value));
    }
}

/// <summary>A JSON value that is not one of its enum's kebab-case names; the message says which are (in English, <see cref="Problem"/> in any language).</summary>
public sealed class UnknownValueException(Wording problem) : JsonException(problem.ToString())
{
    public Wording Problem { get; } = problem;
}
