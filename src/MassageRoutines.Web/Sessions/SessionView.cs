using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Sessions;

/// <summary>A stored session as the API, the exports and a person's data download show it.</summary>
public sealed record SessionView(
    Guid Id,
    string Routine,
    string RoutineName,
    int RoutineVersion,
    int? Minutes,
    WarmUpMode WarmUp,
    DateTime StartedAt,
    DateTime EndedAt,
    SessionOutcome Outcome,
    int ActiveSeconds,
    IReadOnlyList<SegmentResult> Segments,
    IReadOnlyList<PainEvent> PainEvents,
    int? Discomfort,
    IReadOnlyList<BodyRegion> SoreRegions,
    string? Notes,
    IReadOnlyList<RegionSeconds> RegionSeconds)
{
    public static SessionView From(SessionLog log) => new(
        log.Id, log.RoutineSlug, log.RoutineName, log.RoutineVersion, log.TargetMinutes, log.WarmUp, log.StartedAt, log.EndedAt,
        log.Outcome, log.ActiveSeconds, log.Segments, log.PainEvents, log.Discomfort, log.SoreRegions, log.Notes, log.RegionSeconds);
}
