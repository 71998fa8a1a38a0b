namespace MassageRoutines.Engine;

/// <summary>An ordered set of moves for one phase of a runner's day.</summary>
public sealed record Routine
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string Summary { get; init; } = "";
    public required Phase Phase { get; init; }
    public int Version { get; init; } = 1;
    public required IReadOnlyList<RoutineItem> Items { get; init; }

    public const int DefaultPrepareSeconds = 10;
    public const int DefaultSwitchSeconds = 5;

    /// <summary>Time to get into position before each move.</summary>
    public int PrepareSeconds { get; init; } = DefaultPrepareSeconds;

    /// <summary>Time to change sides in a per-side move.</summary>
    public int SwitchSeconds { get; init; } = DefaultSwitchSeconds;

    /// <summary>The dynamic warm-up asked for before the first move; pre-run routines need at least 10 minutes.</summary>
    public int WarmUpMinutes { get; init; }

    /// <summary>The warm-up the player asks for: pre-run routines get at least the minimum, others none.</summary>
    public int RequiredWarmUpMinutes => Phase == Phase.PreRun ? Math.Max(WarmUpMinutes, TimelineBuilder.MinimumWarmUpMinutes) : 0;

    /// <summary>Drills that fill the warm-up when it is played as timed segments.</summary>
    public IReadOnlyList<Move> WarmUpDrills { get; init; } = [];

    /// <summary>The language of <see cref="Name"/> and <see cref="Summary"/>: <see cref="TextLanguage.Default"/> unless <see cref="In"/> chose another.</summary>
    public string Language { get; init; } = TextLanguage.Default;

    /// <summary>The routine's name and summary in other languages, by two-letter code ("es").</summary>
    public IReadOnlyDictionary<string, RoutineText> Translations { get; init; } = RoutineText.None;

    /// <summary>
    /// The routine, and each of its moves, in <paramref name="language"/> where they have a translation
    /// to it; what has none stays in its default text. Call it on a routine in its default text.
    /// </summary>
    public Routine In(string language)
    {
        var routine = this with
        {
            Items = Items.Select(item => item with { Move = item.Move.In(language) }).ToList(),
            WarmUpDrills = WarmUpDrills.Select(drill => drill.In(language)).ToList(),
        };
        return language == Language || !Translations.TryGetValue(language, out var text)
            ? routine
            : routine with { Name = text.Name, Summary = text.Summary, Language = language };
    }
}

public sealed record RoutineItem
{
    public required Move Move { get; init; }

    /// <summary>Seconds for each side of a per-side move, or for the whole move.</summary>
    public required int Seconds { get; init; }

    public Sides Sides { get; init; } = Sides.Both;

    /// <summary>A rest after the move; none when zero.</summary>
    public int RestSeconds { get; init; }

    /// <summary>
    /// The most pressure this move gets here, below its own intensity, to go easy on a sore or tender
    /// spot; null (no cap) unless a routine asks for it.
    /// </summary>
    public Intensity? IntensityCap { get; init; }
}
