using System.Globalization;

namespace MassageRoutines.Engine;

/// <summary>
/// Words the engine says, apart from any language: an English composite format ("{0} runs {1} to {2}
/// seconds.") and the values for its places. A value is either data, shown as it is (a move's name, a
/// number), or another wording, said in the same language as the whole. The web app says a wording in the
/// reader's language, with its format as the key of the translation; <see cref="ToString"/> says it in English.
/// </summary>
public sealed class Wording(string format, params object[] values) : IEquatable<Wording>
{
    public string Format { get; } = format;

    public IReadOnlyList<object> Values { get; } = values;

    /// <summary>Text said as it is, in whatever language it was written (a built routine's note kept before notes were wordings).</summary>
    public static Wording Plain(string text) => new("{0}", text);

    /// <summary>"a, b and c", each item data or a wording.</summary>
    public static object All(IReadOnlyList<object> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => new Wording("{0} and {1}", items[0], items[1]),
        _ => new Wording("{0}, {1}", items[0], All([.. items.Skip(1)])),
    };

    /// <summary>"a, b or c", each item data or a wording.</summary>
    public static object AnyOf(IReadOnlyList<object> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => new Wording("{0} or {1}", items[0], items[1]),
        _ => new Wording("{0}, {1}", items[0], AnyOf([.. items.Skip(1)])),
    };

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Format, [.. Values]);

    public bool Equals(Wording? other) =>
        other is not null && Format == other.Format && Values.SequenceEqual(other.Values);

    public override bool Equals(object? obj) => Equals(obj as Wording);

    public override int GetHashCode() => HashCode.Combine(Format, Values.Count);
}
