namespace MassageRoutines.Engine;

/// <summary>
/// The languages of a library's own text. A move's and a routine's fields hold the default text; their
/// translations hold the same text in other languages, and <see cref="Move.In"/> and
/// <see cref="Routine.In"/> pick one. Which language a person reads is the caller's to say.
/// </summary>
public static class TextLanguage
{
    /// <summary>The language of a move's or routine's own fields.</summary>
    public const string Default = "en";
}

/// <summary>A move's text in another language: the same steps, cues (at the same seconds) and cautions as its default text.</summary>
public sealed record MoveText
{
    public required string Name { get; init; }
    public string Summary { get; init; } = "";
    public required IReadOnlyList<string> Steps { get; init; }
    public IReadOnlyList<Cue> Cues { get; init; } = [];
    public IReadOnlyList<string> Cautions { get; init; } = [];

    public static readonly IReadOnlyDictionary<string, MoveText> None = new Dictionary<string, MoveText>();
}

/// <summary>A routine's name and summary in another language.</summary>
public sealed record RoutineText
{
    public required string Name { get; init; }
    public string Summary { get; init; } = "";

    public static readonly IReadOnlyDictionary<string, RoutineText> None = new Dictionary<string, RoutineText>();
}
