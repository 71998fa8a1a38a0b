namespace MassageRoutines.Engine.Building;

/// <summary>What a runner tells the builder about today.</summary>
public sealed record BuildRequest
{
    public const int ShortestMinutes = 3;
    public const int LongestMinutes = 20;
    public const int DefaultMinutes = 8;

    public required Phase Phase { get; init; }

    /// <summary>How long the massage bout should last, warm-up not counted.</summary>
    public int Minutes { get; init; } = DefaultMinutes;

    /// <summary>The gear at hand. Hands always are, listed or not.</summary>
    public IReadOnlyList<Tool> Tools { get; init; } = [];

    /// <summary>Regions that feel sore: they get more time, and a gentle touch before a run.</summary>
    public IReadOnlyList<BodyRegion> SoreRegions { get; init; } = [];

    /// <summary>After a run only: a hard run gets more time on broad strokes.</summary>
    public bool RanHard { get; init; }

    /// <summary>
    /// Regions to spare: each had a hard session or a stop for pain in the last 24 hours. The caller
    /// picks them from the runner's history; they get gentle broad strokes or nothing.
    /// </summary>
    public IReadOnlyList<RestAdvice> RestAdvice { get; init; } = [];
}

public sealed record RestAdvice(BodyRegion Region, RestReason Reason);

public enum RestReason { HardSession, StoppedForPain }
