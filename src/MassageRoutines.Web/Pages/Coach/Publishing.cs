using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MassageRoutines.Web.Pages.Coach;

/// <summary>
/// Publishing freezes the routine, moves included, as a new version that runners then get. Sessions
/// already playing an older version finish on it and are checked against it.
/// </summary>
public static class Publishing
{
    /// <summary>
    /// Adds the next version to <paramref name="record"/> (saved with it). Runners follow links to every
    /// move, so draft moves in the routine are published with it; an archived one stops it.
    /// </summary>
    /// <param name="moves">The library's moves, tracked, by slug.</param>
    /// <returns>The moves published along with the routine, or null when it cannot be published.</returns>
    public static IReadOnlyList<MoveRecord>? TryPublish(RoutineRecord record, Routine routine, IReadOnlyDictionary<string, MoveRecord> moves,
        DateTime now, ModelStateDictionary errors)
    {
        var used = routine.Items.Select(i => i.Move.Slug).Concat(routine.WarmUpDrills.Select(d => d.Slug)).Distinct().Select(slug => moves[slug]).ToList();
        var archived = used.Where(m => m.Status == ContentStatus.Archived).Select(m => m.Name).ToList();
        if (archived.Count > 0)
        {
            errors.AddModelError(string.Empty, $"These moves are archived: {string.Join(", ", archived)}. Take them out of the routine, or set them back to published, first.");
            return null;
        }

        var drafts = used.Where(m => m.Status == ContentStatus.Draft).ToList();
        foreach (var move in drafts)
        {
            move.Status = ContentStatus.Published;
            move.Revision++;
            move.UpdatedAt = now;
        }
        record.Publish(routine, now);
        return drafts;
    }
}
