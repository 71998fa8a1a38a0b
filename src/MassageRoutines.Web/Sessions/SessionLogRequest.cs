namespace MassageRoutines.Web.Sessions;

// The body of POST /api/sessions. Fields are nullable so a missing one is reported by name;
// enum values are kebab-case strings checked by SessionLogChecks.

public sealed class SessionLogRequest
{
    /// <summary>Made by the client (a UUID); the idempotency key.</summary>
    public Guid? Id { get; set; }

    /// <summary>The routine's slug.</summary>
    public string? Routine { get; set; }

    public int? RoutineVersion { get; set; }

    /// <summary>The length the runner picked, as in the timeline API; null for as authored.</summary>
    public int? Minutes { get; set; }

    /// <summary><c>gate</c> (default) or <c>timed</c>, as in the timeline API.</summary>
    public string? WarmUp { get; set; }

    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary><c>completed</c>, <c>stopped</c> or <c>stopped-for-pain</c>.</summary>
    public string? Outcome { get; set; }

    public List<SegmentEntry?>? Segments { get; set; }
    public List<PainEventEntry?>? PainEvents { get; set; }
    public int? Discomfort { get; set; }
    public List<string?>? SoreRegions { get; set; }
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
    public string? Symptom { get; set; }

    /// <summary>A body region; when left out, the primary region of the segment's move.</summary>
    public string? Region { get; set; }

    /// <summary><c>end-session</c> or <c>continue-lighter</c>.</summary>
    public string? Choice { get; set; }
}
