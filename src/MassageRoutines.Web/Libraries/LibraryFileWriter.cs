using MassageRoutines.Engine;
using System.Text.Json;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

/// <summary>A library as a file in the seeds/ format: every move and the working copy of every routine.</summary>
public static class LibraryFileWriter
{
    /// <param name="routines">With their items' moves loaded.</param>
    public static byte[] Write(string name, IEnumerable<MoveRecord> moves, IEnumerable<RoutineRecord> routines) =>
        JsonSerializer.SerializeToUtf8Bytes(new LibraryFile
        {
            Name = name,
            Moves = moves.OrderBy(m => m.Slug, StringComparer.Ordinal).Select(ToEntry).ToList(),
            Routines = routines.OrderBy(r => r.Slug, StringComparer.Ordinal).Select(ToEntry).ToList(),
        }, LibraryFileReader.JsonOptions);

    private static MoveEntry ToEntry(MoveRecord record)
    {
        var move = record.ToMove();
        return new()
        {
            Slug = move.Slug,
            Name = move.Name,
            Summary = move.Summary,
            Regions = [.. move.Regions],
            Tools = [.. move.Tools],
            Position = move.Position,
            Phases = [.. move.Phases],
            Technique = move.Technique,
            Intensity = move.Intensity,
            PerSide = move.PerSide,
            DefaultSeconds = move.DefaultSeconds,
            MinSeconds = move.MinSeconds,
            MaxSeconds = move.MaxSeconds,
            Steps = [.. move.Steps],
            Cues = [.. move.Cues],
            Cautions = [.. move.Cautions],
            Credit = move.Credit,
            Translations = move.Translations.Count == 0 ? null : new(move.Translations),
            Status = record.Status,
        };
    }

    private static RoutineEntry ToEntry(RoutineRecord routine) => new()
    {
        Slug = routine.Slug,
        Name = routine.Name,
        Summary = routine.Summary,
        Translations = RoutineJson.ReadTranslations(routine.Translations, RoutineText.None) is { Count: > 0 } texts ? new(texts) : null,
        Phase = routine.Phase,
        PrepareSeconds = routine.PrepareSeconds,
        SwitchSeconds = routine.SwitchSeconds,
        WarmUpMinutes = routine.WarmUpMinutes,
        WarmUpDrills = [.. routine.WarmUpDrills],
        Items = routine.Items.OrderBy(i => i.Order).Select(i => new RoutineItemEntry
        {
            Move = i.Move!.Slug,
            Seconds = i.Seconds,
            Sides = i.Sides,
            RestSeconds = i.RestSeconds,
        }).ToList(),
        Status = routine.Status,
    };
}
