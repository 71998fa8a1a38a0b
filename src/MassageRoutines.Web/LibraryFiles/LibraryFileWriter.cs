using System.Text.Json;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.LibraryFiles;

/// <summary>A library as a file in the seeds/ format: every move and the working copy of every routine.</summary>
public static class LibraryFileWriter
{
    /// <param name="routines">With their items' moves loaded.</param>
    public static byte[] Write(string name, IEnumerable<MoveRecord> moves, IEnumerable<RoutineRecord> routines) =>
        JsonSerializer.SerializeToUtf8Bytes(new LibraryFile
        {
            SchemaVersion = LibraryFileReader.SchemaVersion,
            Name = name,
            Moves = moves.OrderBy(m => m.Slug, StringComparer.Ordinal).Select(ToEntry).ToList(),
            Routines = routines.OrderBy(r => r.Slug, StringComparer.Ordinal).Select(ToEntry).ToList(),
        }, LibraryFileReader.JsonOptions);

    private static MoveEntry? ToEntry(MoveRecord move) => new()
    {
        Slug = move.Slug,
        Name = move.Name,
        Summary = move.Summary,
        Regions = move.Regions.Select(r => (string?)Kebab.Of(r)).ToList(),
        Tools = move.Tools.Select(t => (string?)Kebab.Of(t)).ToList(),
        Position = Kebab.Of(move.Position),
        Phases = move.Phases.Select(p => (string?)Kebab.Of(p)).ToList(),
        Technique = Kebab.Of(move.Technique),
        Intensity = Kebab.Of(move.Intensity),
        PerSide = move.PerSide,
        DefaultSeconds = move.DefaultSeconds,
        MinSeconds = move.MinSeconds,
        MaxSeconds = move.MaxSeconds,
        Steps = move.Steps.Select(s => (string?)s).ToList(),
        Cues = move.Cues.Select(c => (CueEntry?)new CueEntry { AtSecond = c.AtSecond, Text = c.Text }).ToList(),
        Cautions = move.Cautions.Select(c => (string?)c).ToList(),
        Credit = move.CreditExpert is null && move.CreditSource is null ? null : new CreditEntry { Expert = move.CreditExpert, Source = move.CreditSource },
        Status = Kebab.Of(move.Status),
    };

    private static RoutineEntry? ToEntry(RoutineRecord routine) => new()
    {
        Slug = routine.Slug,
        Name = routine.Name,
        Summary = routine.Summary,
        Phase = Kebab.Of(routine.Phase),
        PrepareSeconds = routine.PrepareSeconds,
        SwitchSeconds = routine.SwitchSeconds,
        WarmUpMinutes = routine.WarmUpMinutes,
        WarmUpDrills = routine.WarmUpDrills.Select(d => (string?)d).ToList(),
        Items = routine.Items.OrderBy(i => i.Order).Select(i => (RoutineItemEntry?)new RoutineItemEntry
        {
            Move = i.Move!.Slug,
            Seconds = i.Seconds,
            Sides = Kebab.Of(i.Sides),
            RestSeconds = i.RestSeconds,
        }).ToList(),
        Status = Kebab.Of(routine.Status),
    };
}
