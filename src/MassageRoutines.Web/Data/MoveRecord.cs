using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>A move as stored in a library; <see cref="ToMove"/> gives the engine's view of it.</summary>
public sealed class MoveRecord
{
    public int Id { get; set; }
    public int LibraryId { get; set; }
    public Library? Library { get; set; }

    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Summary { get; set; } = "";
    public List<BodyRegion> Regions { get; set; } = [];
    public List<Tool> Tools { get; set; } = [];
    public Position Position { get; set; }
    public List<Phase> Phases { get; set; } = [];
    public Technique Technique { get; set; }
    public Intensity Intensity { get; set; }
    public bool PerSide { get; set; }
    public int DefaultSeconds { get; set; }
    public int MinSeconds { get; set; }
    public int MaxSeconds { get; set; }
    public List<string> Steps { get; set; } = [];
    public List<Cue> Cues { get; set; } = [];
    public List<string> Cautions { get; set; } = [];
    public string? CreditExpert { get; set; }
    public string? CreditSource { get; set; }

    /// <summary>The move's text in other languages (<see cref="Move.Translations"/>) as JSON; null when it has none.</summary>
    public string? Translations { get; set; }

    public ContentStatus Status { get; set; }

    /// <summary>Bumped on every save; two coaches saving the same version conflict.</summary>
    public int Revision { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Move ToMove() => new()
    {
        Slug = Slug,
        Name = Name,
        Summary = Summary,
        Regions = Regions,
        Tools = Tools,
        Position = Position,
        Phases = Phases,
        Technique = Technique,
        Intensity = Intensity,
        PerSide = PerSide,
        DefaultSeconds = DefaultSeconds,
        MinSeconds = MinSeconds,
        MaxSeconds = MaxSeconds,
        Steps = Steps,
        Cues = Cues,
        Cautions = Cautions,
        Credit = CreditExpert is null || CreditSource is null ? null : new(CreditExpert, CreditSource),
        Translations = RoutineJson.ReadTranslations(Translations, MoveText.None),
    };

    public static MoveRecord From(Move move, int libraryId, ContentStatus status, DateTime now)
    {
        var record = new MoveRecord { LibraryId = libraryId, Slug = move.Slug, Name = move.Name };
        record.Apply(move, status, now);
        return record;
    }

    /// <summary>Takes every field of the move but its slug, which never changes, and bumps the revision.</summary>
    public void Apply(Move move, ContentStatus status, DateTime now)
    {
        Name = move.Name;
        Summary = move.Summary;
        Regions = [.. move.Regions];
        Tools = [.. move.Tools];
        Position = move.Position;
        Phases = [.. move.Phases];
        Technique = move.Technique;
        Intensity = move.Intensity;
        PerSide = move.PerSide;
        DefaultSeconds = move.DefaultSeconds;
        MinSeconds = move.MinSeconds;
        MaxSeconds = move.MaxSeconds;
        Steps = [.. move.Steps];
        Cues = [.. move.Cues];
        Cautions = [.. move.Cautions];
        CreditExpert = move.Credit?.Expert;
        CreditSource = move.Credit?.Source;
        Translations = RoutineJson.WriteTranslations(move.Translations);
        Status = status;
        Revision++;
        UpdatedAt = now;
    }
}
