namespace MassageRoutines.Engine;

/// <summary>What the player plays: a routine flattened into timed segments.</summary>
public sealed record Timeline(Routine Routine, IReadOnlyList<Segment> Segments, IReadOnlyList<Warning> Warnings)
{
    public int TotalSeconds => Segments.Sum(s => s.Seconds);

    /// <summary>The self-massage bout: everything after the warm-up.</summary>
    public int BoutSeconds => Segments.Where(s => !s.IsWarmUp).Sum(s => s.Seconds);

    /// <summary>Massage seconds per body region; a move counts in full for every region it works.</summary>
    public IReadOnlyDictionary<BodyRegion, int> SecondsByRegion =>
        Segments.Where(s => s.Kind == SegmentKind.Work)
            .SelectMany(s => s.Move!.Regions.Select(region => (region, s.Seconds)))
            .GroupBy(x => x.region)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Seconds));

    public IEnumerable<Tool> Tools => Segments.Where(s => s.Move is not null).SelectMany(s => s.Move!.Tools).Distinct().Order();
}

/// <summary>
/// One stretch of the timeline. A gate has no length: it waits until the runner confirms.
/// </summary>
public sealed record Segment(
    int Index,
    SegmentKind Kind,
    Move? Move,
    Side? Side,
    int Seconds,
    Intensity Intensity,
    IReadOnlyList<Cue> Cues)
{
    public bool IsWarmUp => Kind is SegmentKind.WarmUp or SegmentKind.Gate;
}

/// <summary>Something about the routine a coach or runner should know; the engine never silently changes the order.</summary>
public sealed record Warning(string Code, Wording Says)
{
    /// <summary>What it says, in English.</summary>
    public string Message => Says.ToString();
}

public enum WarmUpMode { Gate, Timed }

public sealed record TimelineOptions
{
    public static readonly TimelineOptions AsAuthored = new();

    public const int MaxTargetMinutes = 30;

    /// <summary>Fit the bout (everything after the warm-up) to this many minutes (1 to <see cref="MaxTargetMinutes"/>); null plays it as authored.</summary>
    public int? TargetMinutes { get; init; }

    public WarmUpMode WarmUp { get; init; } = WarmUpMode.Gate;

    /// <summary>
    /// Set when the runner asks to continue lighter: no segment is played harder than this, and each
    /// says so. Pre-run is capped at moderate in any case.
    /// </summary>
    public Intensity? IntensityCap { get; init; }
}
