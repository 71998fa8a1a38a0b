using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// Brings the seed files' translations to the default library's moves and routines that are already
/// stored, so a site seeded before a language came gets it too. A record takes the file's
/// translations only while its default text is still the file's (the translations are of that text);
/// a published routine whose text or moves changed this way is published again as a new version,
/// which is what runners then play.
/// </summary>
public static class SeedTranslations
{
    /// <returns>How many moves and routines took new translations.</returns>
    public static async Task<(int Moves, int Routines)> BringAsync(MassageDbContext db, Library library, IReadOnlyList<MoveInFile> moves,
        IReadOnlyList<RoutineInFile> routines, DateTime now, CancellationToken ct)
    {
        var stored = await db.Moves.Where(m => m.LibraryId == library.Id).ToDictionaryAsync(m => m.Slug, ct);
        var changedMoves = new HashSet<string>();
        foreach (var (move, _) in moves)
        {
            if (stored.GetValueOrDefault(move.Slug) is { } record && SameText(record.ToMove(), move)
                && record.Translations != RoutineJson.WriteTranslations(move.Translations))
            {
                record.Translations = RoutineJson.WriteTranslations(move.Translations);
                record.Revision++;
                record.UpdatedAt = now;
                changedMoves.Add(move.Slug);
            }
        }

        var storedRoutines = await db.Routines.Include(r => r.Items).ThenInclude(i => i.Move).Include(r => r.Versions)
            .Where(r => r.LibraryId == library.Id).ToListAsync(ct);
        var fileRoutines = routines.ToDictionary(r => r.Routine.Slug, r => r.Routine);
        var changedRoutines = 0;
        var libraryMoves = stored.Values.ToDictionary(m => m.Slug, m => m.ToMove());
        foreach (var record in storedRoutines)
        {
            var changed = false;
            if (fileRoutines.GetValueOrDefault(record.Slug) is { } file && file.Name == record.Name && file.Summary == record.Summary
                && record.Translations != RoutineJson.WriteTranslations(file.Translations))
            {
                record.Translations = RoutineJson.WriteTranslations(file.Translations);
                record.Revision++;
                record.UpdatedAt = now;
                changed = true;
                changedRoutines++;
            }
            var routine = record.ToRoutine(libraryMoves);
            if (record.Status == ContentStatus.Published && (changed || Publishing.MovesOf(routine).Any(changedMoves.Contains)))
            {
                record.Publish(routine, now);
            }
        }
        await db.SaveChangesAsync(ct);
        return (changedMoves.Count, changedRoutines);
    }

    private static bool SameText(Move stored, Move file) =>
        stored.Name == file.Name && stored.Summary == file.Summary && stored.Steps.SequenceEqual(file.Steps)
        && stored.Cues.SequenceEqual(file.Cues) && stored.Cautions.SequenceEqual(file.Cautions);
}
