using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>
/// A published version of a routine, frozen with its moves as they were. Runners play the latest
/// one; a session is checked against the version it started on, even after a newer one is published.
/// </summary>
public sealed class RoutineVersionRecord
{
    public int Id { get; set; }
    public int RoutineId { get; set; }
    public int Version { get; set; }
    public DateTime PublishedAt { get; set; }

    /// <summary>The engine's routine, moves included, as JSON.</summary>
    public required string Definition { get; set; }

    public Routine ToRoutine() => RoutineJson.Read(Definition, $"Routine version {Id}");

    public static RoutineVersionRecord From(Routine routine, DateTime publishedAt) => new()
    {
        Version = routine.Version,
        PublishedAt = publishedAt,
        Definition = RoutineJson.Write(routine),
    };
}
