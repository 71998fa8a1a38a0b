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

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Format, [.. Values]);

    public bool Equals(Wording? other) =>
        other is not null && Format == other.Format && Values.SequenceEqual(other.Values);

    public override bool Equals(object? obj) => Equals(obj as Wording);

    public override int GetHashCode() => HashCode.Combine(Format, Values.Count);
}
