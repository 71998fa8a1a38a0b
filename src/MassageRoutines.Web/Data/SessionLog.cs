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

    // Whose log: exactly one of these three is set.

    /// <summary>The signed-in runner's Identity user id.</summary>
    public string? AccountId { get; set; }

    /// <summary>An anonymous browser's id: the 32 hex digits of its cookie.</summary>
    public string? DeviceId { get; set; }

    public int? KioskId { get; set; }

    /// <summary>Whose log, from whichever of the three columns is set.</summary>
    public OwnerKey Owner =>
        AccountId is { } account ? OwnerKey.Account(account)
        : DeviceId is { } device ? OwnerKey.Device(device)
        : OwnerKey.Kiosk(KioskId ?? throw new InvalidOperationException($"Session log {Id} has no owner."));

    /// <summary>Sets the column of the owner's kind, and clears the other two.</summary>
    public void SetOwner(OwnerKey owner)
    {
        AccountId = owner.Kind == OwnerKind.Account ? owner.Id : null;
        DeviceId = owner.Kind == OwnerKind.Device ? owner.Id : null;
        KioskId = owner.Kind == OwnerKind.Kiosk ? owner.KioskId : null;
    }

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

public static class SessionLogOwners
{
    /// <summary>The logs of one owner, through the index on its kind's column.</summary>
    public static IQueryable<SessionLog> OwnedBy(this IQueryable<SessionLog> logs, OwnerKey owner)
    {
        var id = owner.Id;
        if (owner.Kind == OwnerKind.Kiosk)
        {
            var kioskId = owner.KioskId;
            return logs.Where(l => l.KioskId == kioskId);
        }
        return owner.Kind == OwnerKind.Account ? logs.Where(l => l.AccountId == id) : logs.Where(l => l.DeviceId == id);
    }
}

public enum SessionOutcome { Completed, Stopped, StoppedForPain }

public enum Symptom { SharpPain, Numbness, Tingling }

public enum PainChoice { EndSession, ContinueLighter }

public sealed record SegmentResult(int Index, int ActualSeconds, bool Skipped);

public sealed record PainEvent(int SegmentIndex, Symptom Symptom, BodyRegion? Region, PainChoice Choice);

public sealed record RegionSeconds(BodyRegion Region, int Seconds);
