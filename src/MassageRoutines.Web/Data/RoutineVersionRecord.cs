using System.Text.Json;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>
/// A published version of a routine, frozen with its moves as they were. Runners play the latest
/// one; a session is checked against the version it started on, even after a newer one is published.
/// </summary>
public sealed class RoutineVersionRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { Kebab.JsonConverter },
    };

    public int Id { get; set; }
    public int RoutineId { get; set; }
    public int Version { get; set; }
    public DateTime PublishedAt { get; set; }

    /// <summary>The engine's routine, moves included, as JSON.</summary>
    public required string Definition { get; set; }

    public Routine ToRoutine() =>
        JsonSerializer.Deserialize<Routine>(Definition, Json) ?? throw new InvalidDataException($"Routine version {Id} has no definition.");

    public static RoutineVersionRecord From(Routine routine, DateTime publishedAt) => new()
    {
        Version = routine.Version,
        PublishedAt = publishedAt,
        Definition = JsonSerializer.Serialize(routine, Json),
    };
}
