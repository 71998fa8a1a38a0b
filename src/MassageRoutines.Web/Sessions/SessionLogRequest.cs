using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Sessions;

// The body of POST /api/sessions. Fields are nullable so a missing one is reported by name by
// SessionLogChecks; enum values are read in kebab case by the app's one JSON enum converter.

public sealed class SessionLogRequest
{
    /// <summary>How the body is read: camelCase, kebab-case values, and no field the API does not know.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { Kebab.JsonConverter },
    };

    /// <summary>Made by the client (a UUID); the idempotency key.</summary>
    public Guid? Id { get; set; }

    /// <summary>The routine's slug.</summary>
    public string? Routine { get; set; }

    public int? RoutineVersion { get; set; }

    /// <summary>The length the runner picked, as in the timeline API; null for as authored.</summary>
    public int? Minutes { get; set; }

    /// <summary><c>gate</c> (default) or <c>timed</c>, as in the timeline API.</summary>
    public WarmUpMode? WarmUp { get; set; }

    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>
    /// The device's clock reading at the moment it sent this (each retry sends a new one). The server
    /// moves the log's times by the difference from its own clock. Not part of what makes a retry the
    /// same log.
    /// </summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary><c>completed</c>, <c>stopped</c> or <c>stopped-for-pain</c>.</summary>
    public SessionOutcome? Outcome { get; set; }

    public List<SegmentEntry?>? Segments { get; set; }
    public List<PainEventEntry?>? PainEvents { get; set; }
    public int? Discomfort { get; set; }
    public List<BodyRegion?>? SoreRegions { get; set; }
    public string? Notes { get; set; }
}

public sealed class SegmentEntry
{
    public int? Index { get; set; }
    public int? ActualSeconds { get; set; }
    public bool? Skipped { get; set; }
}

public sealed class PainEventEntry
{
    public int? SegmentIndex { get; set; }

    /// <summary><c>sharp-pain</c>, <c>numbness</c> or <c>tingling</c>.</summary>
    public Symptom? Symptom { get; set; }

    /// <summary>A body region; when left out, the primary region of the segment's move.</summary>
    public BodyRegion? Region { get; set; }

    /// <summary><c>end-session</c> or <c>continue-lighter</c>.</summary>
    public PainChoice? Choice { get; set; }
}
