using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

// A library file as C# (LibrarySchema describes it as JSON). The reader checks an entry against the
// schema before it reads it into these, so required fields are there and values are known; what is
// optional in the file is nullable here.

public sealed class LibraryFile
{
    public int SchemaVersion { get; set; } = LibraryFileReader.SchemaVersion;
    public string? Name { get; set; }
    public List<MoveEntry> Moves { get; set; } = [];
    public List<RoutineEntry> Routines { get; set; } = [];
}

public sealed class MoveEntry
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Summary { get; set; }
    public List<BodyRegion> Regions { get; set; } = [];
    public List<Tool>? Tools { get; set; }
    public Position Position { get; set; }
    public List<Phase> Phases { get; set; } = [];
    public Technique Technique { get; set; }
    public Intensity Intensity { get; set; }
    public bool? PerSide { get; set; }
    public int DefaultSeconds { get; set; }
    public int MinSeconds { get; set; }
    public int MaxSeconds { get; set; }
    public List<string> Steps { get; set; } = [];
    public List<Cue>? Cues { get; set; }
    public List<string>? Cautions { get; set; }
    public Credit? Credit { get; set; }
    public Dictionary<string, MoveText>? Translations { get; set; }
    public ContentStatus? Status { get; set; }
}

public sealed class RoutineEntry
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Summary { get; set; }
    public Phase Phase { get; set; }
    public int? PrepareSeconds { get; set; }
    public int? SwitchSeconds { get; set; }
    public int? WarmUpMinutes { get; set; }
    public List<string>? WarmUpDrills { get; set; }
    public List<RoutineItemEntry> Items { get; set; } = [];
    public Dictionary<string, RoutineText>? Translations { get; set; }
    public ContentStatus? Status { get; set; }
}

public sealed class RoutineItemEntry
{
    public string Move { get; set; } = "";
    public int? Seconds { get; set; }
    public Sides? Sides { get; set; }
    public int? RestSeconds { get; set; }
}
