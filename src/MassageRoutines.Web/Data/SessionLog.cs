using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>One played routine, as the runner's device reported it and the server checked it.</summary>
public sealed class SessionLog
{
    /// <summary>Made by the client; sending the same log twice stores it once.</summary>
    public Guid Id { get; set; }

    public required string RoutineSlug { get; set; }
    public int RoutineVersion { get; set; }

    /// <summary>The routine's name when played, so history reads well after a rename.</summary>
    public required string RoutineName { get; set; }

    /// <summary>The length the runner picked; null when played as authored.</summary>
    public int? TargetMinutes { get; set; }

    public WarmUpMode WarmUp { get; set; }

    /// <summary>The anonymous runner id from the browser's cookie, or an account's id.</summary>
    public string? RunnerId { get; set; }

    public int? KioskId { get; set; }

    public DateTime StartedAt { get; set; }
    public DateTime EndedAt { get; set; }
    public SessionOutcome Outcome { get; set; }
    public List<SegmentResult> Segments { get; set; } = [];
    public List<PainEvent> PainEvents { get; set; } = [];
    public int? Discomfort { get; set; }
    public List<BodyRegion> SoreRegions { get; set; } = [];
    public string? Notes { get; set; }

    /// <summary>Seconds actually spent after the warm-up, pauses not counted.</summary>
    public int ActiveSeconds { get; set; }

    /// <summary>Massage seconds actually spent per region, worked out from the timeline when the log arrived.</summary>
    public List<RegionSeconds> RegionSeconds { get; set; } = [];

    public DateTime ReceivedAt { get; set; }

    /// <summary>A hash of the body as sent, to tell a retry from a different log reusing an id.</summary>
    public required string Fingerprint { get; set; }
}

public enum SessionOutcome { Completed, Stopped, StoppedForPain }

public enum Symptom { SharpPain, Numbness, Tingling }

public enum PainChoice { EndSession, ContinueLighter }

public sealed record SegmentResult(int Index, int ActualSeconds, bool Skipped);

public sealed record PainEvent(int SegmentIndex, Symptom Symptom, BodyRegion? Region, PainChoice Choice);

public sealed record RegionSeconds(BodyRegion Region, int Seconds);
