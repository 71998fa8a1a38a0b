namespace MassageRoutines.Engine;

/// <summary>One self-massage move or warm-up drill, as the library defines it.</summary>
public sealed record Move
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string Summary { get; init; } = "";

    /// <summary>The regions worked; the first is the primary one, which sets the move's place in a pre-run routine.</summary>
    public required IReadOnlyList<BodyRegion> Regions { get; init; }

    /// <summary>The gear it uses; empty when body weight alone will do.</summary>
    public IReadOnlyList<Tool> Tools { get; init; } = [];

    public required Position Position { get; init; }
    public required IReadOnlyList<Phase> Phases { get; init; }
    public required Technique Technique { get; init; }
    public required Intensity Intensity { get; init; }

    /// <summary>Played once for each side (left, then right).</summary>
    public bool PerSide { get; init; }

    /// <summary>Seconds for one side of a per-side move, or for the whole move.</summary>
    public required int DefaultSeconds { get; init; }
    public required int MinSeconds { get; init; }
    public required int MaxSeconds { get; init; }

    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>Timed prompts, written for <see cref="DefaultSeconds"/>; they stretch with the played length.</summary>
    public IReadOnlyList<Cue> Cues { get; init; } = [];

    public IReadOnlyList<string> Cautions { get; init; } = [];
    public Credit? Credit { get; init; }

    /// <summary>The language the text above is in: <see cref="TextLanguage.Default"/> unless <see cref="In"/> chose another.</summary>
    public string Language { get; init; } = TextLanguage.Default;

    /// <summary>The move's text in other languages, by two-letter code ("es").</summary>
    public IReadOnlyDictionary<string, MoveText> Translations { get; init; } = MoveText.None;

    /// <summary>
    /// The move with its text in <paramref name="language"/> when it has a translation to it, else as it
    /// is (in <see cref="Language"/>). Call it on a move in its default text.
    /// </summary>
    public Move In(string language) =>
        language == Language || !Translations.TryGetValue(language, out var text)
            ? this
            : this with
            {
                Name = text.Name,
                Summary = text.Summary,
                Steps = text.Steps,
                Cues = text.Cues,
                Cautions = text.Cautions,
                Language = language,
            };
}

public sealed record Cue(int AtSecond, string Text);

/// <summary>Who the move's facts come from, and where they said it.</summary>
public sealed record Credit(string Expert, string Source);
