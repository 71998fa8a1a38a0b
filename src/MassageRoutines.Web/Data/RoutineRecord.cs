using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>A routine as stored in a library: the working copy coaches edit, and its published versions.</summary>
public sealed class RoutineRecord
{
    public int Id { get; set; }
    public int LibraryId { get; set; }
    public Library? Library { get; set; }

    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>The routine's name and summary in other languages (<see cref="Routine.Translations"/>) as JSON; null when it has none.</summary>
    public string? Translations { get; set; }

    public Phase Phase { get; set; }
    public int PrepareSeconds { get; set; }
    public int SwitchSeconds { get; set; }
    public int WarmUpMinutes { get; set; }

    /// <summary>Slugs of the drills that fill a timed warm-up, in play order.</summary>
    public List<string> WarmUpDrills { get; set; } = [];

    /// <summary>The working copy coaches edit; runners see <see cref="Versions"/>, which publishing adds to.</summary>
    public List<RoutineItemRecord> Items { get; set; } = [];

    public List<RoutineVersionRecord> Versions { get; set; } = [];

    public ContentStatus Status { get; set; }

    /// <summary>The latest published version, which runners play; 0 until first published.</summary>
    public int Version { get; set; }

    /// <summary>Bumped on every save; two coaches saving the same revision conflict.</summary>
    public int Revision { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <param name="moveIds">The ids of the library's moves, by slug; every item's move must be there.</param>
    public static RoutineRecord From(Routine routine, int libraryId, IReadOnlyDictionary<string, int> moveIds, ContentStatus status, DateTime now)
    {
        var record = new RoutineRecord { LibraryId = libraryId, Slug = routine.Slug, Name = routine.Name, Status = status, Version = 0 };
        record.Apply(routine, moveIds, now);
        return record;
    }

    /// <summary>The working copy as the engine's routine.</summary>
    /// <param name="moves">The library's moves, by slug; every item's move (loaded on <see cref="Items"/>) and drill is there.</param>
    public Routine ToRoutine(IReadOnlyDictionary<string, Move> moves) => new()
    {
        Slug = Slug,
        Name = Name,
        Summary = Summary,
        Translations = RoutineJson.ReadTranslations(Translations, RoutineText.None),
        Phase = Phase,
        Version = Version,
        PrepareSeconds = PrepareSeconds,
        SwitchSeconds = SwitchSeconds,
        WarmUpMinutes = WarmUpMinutes,
        WarmUpDrills = WarmUpDrills.Where(moves.ContainsKey).Select(slug => moves[slug]).ToList(),
        Items = Items.OrderBy(i => i.Order).Select(i => new RoutineItem
        {
            Move = moves[i.Move!.Slug],
            Seconds = i.Seconds,
            Sides = i.Sides,
            RestSeconds = i.RestSeconds,
        }).ToList(),
    };

    /// <summary>Freezes the routine, moves included, as the next published version, which runners then get.</summary>
    public void Publish(Routine routine, DateTime now)
    {
        Version++;
        Status = ContentStatus.Published;
        Versions.Add(RoutineVersionRecord.From(routine with { Version = Version }, now));
    }

    /// <summary>Makes the working copy this routine (all but its slug, status and versions) and bumps the revision.</summary>
    public void Apply(Routine routine, IReadOnlyDictionary<string, int> moveIds, DateTime now)
    {
        Name = routine.Name;
        Summary = routine.Summary;
        Translations = RoutineJson.WriteTranslations(routine.Translations);
        Phase = routine.Phase;
        PrepareSeconds = routine.PrepareSeconds;
        SwitchSeconds = routine.SwitchSeconds;
        WarmUpMinutes = routine.WarmUpMinutes;
        WarmUpDrills = routine.WarmUpDrills.Select(d => d.Slug).ToList();
        Items.Clear();
        Items.AddRange(routine.Items.Select((item, order) => new RoutineItemRecord
        {
            Order = order,
            MoveId = moveIds[item.Move.Slug],
            Seconds = item.Seconds,
            Sides = item.Sides,
            RestSeconds = item.RestSeconds,
        }));
        Revision++;
        UpdatedAt = now;
    }
}

public sealed class RoutineItemRecord
{
    public int Id { get; set; }
    public int RoutineId { get; set; }
    public int Order { get; set; }
    public int MoveId { get; set; }
    public MoveRecord? Move { get; set; }
    public int Seconds { get; set; }
    public Sides Sides { get; set; }
    public int RestSeconds { get; set; }
}
