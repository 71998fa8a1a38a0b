namespace MassageRoutines.Web.LibraryFiles;

// The JSON shape of a library file (seeds/README.md documents it). Every field is nullable so that
// a missing one is reported with its path instead of failing the whole parse.

public sealed class LibraryFile
{
    public int? SchemaVersion { get; set; }
    public string? Name { get; set; }
    public List<MoveEntry?>? Moves { get; set; }
    public List<RoutineEntry?>? Routines { get; set; }
}

public sealed class MoveEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public List<string?>? Regions { get; set; }
    public List<string?>? Tools { get; set; }
    public string? Position { get; set; }
    public List<string?>? Phases { get; set; }
    public string? Technique { get; set; }
    public string? Intensity { get; set; }
    public bool? PerSide { get; set; }
    public int? DefaultSeconds { get; set; }
    public int? MinSeconds { get; set; }
    public int? MaxSeconds { get; set; }
    public List<string?>? Steps { get; set; }
    public List<CueEntry?>? Cues { get; set; }
    public List<string?>? Cautions { get; set; }
    public CreditEntry? Credit { get; set; }
    public string? Status { get; set; }
}

public sealed class CueEntry
{
    public int? AtSecond { get; set; }
    public string? Text { get; set; }
}

public sealed class CreditEntry
{
    public string? Expert { get; set; }
    public string? Source { get; set; }
}

public sealed class RoutineEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Phase { get; set; }
    public int? PrepareSeconds { get; set; }
    public int? SwitchSeconds { get; set; }
    public int? WarmUpMinutes { get; set; }
    public List<string?>? WarmUpDrills { get; set; }
    public List<RoutineItemEntry?>? Items { get; set; }
    public string? Status { get; set; }
}

public sealed class RoutineItemEntry
{
    public string? Move { get; set; }
    public int? Seconds { get; set; }
    public string? Sides { get; set; }
    public int? RestSeconds { get; set; }
}
