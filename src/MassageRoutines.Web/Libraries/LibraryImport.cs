using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <param name="Problems">The problems listed in full (see <see cref="LibraryFileReader.MaxListedProblems"/>).</param>
/// <param name="UnlistedEntries">Moves and routines with problems beyond those listed.</param>
public sealed record ImportResult(IReadOnlyList<FileProblem> Problems, int UnlistedEntries, int Moves, int Routines)
{
    public bool Failed => Problems.Count > 0 || UnlistedEntries > 0;
}

/// <summary>
/// Brings a library file into a library: the whole file is checked first and every problem reported
/// with its JSON path; then everything is written in one transaction, or nothing is. A slug the site
/// already uses is a problem, never an overwrite.
/// </summary>
public static class LibraryImport
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<ImportResult> ImportAsync(MassageDbContext db, Library library, string json, DateTime now, CancellationToken ct)
    {
        var reader = new LibraryFileReader();
        if (!reader.Parse(json))
        {
            return new(reader.Problems, 0, 0, 0);
        }

        var moves = reader.Moves();
        var libraryMoves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == library.Id).ToListAsync(ct);
        var known = libraryMoves.ToDictionary(m => m.Slug, m => m.ToMove());
        var statuses = libraryMoves.ToDictionary(m => m.Slug, m => m.Status);
        foreach (var (move, status) in moves)
        {
            known[move.Slug] = move;
            statuses[move.Slug] = status;
        }
        var routines = reader.Routines(known);

        var problems = reader.Problems.ToList();
        problems.AddRange(await ClashesAsync(reader.MoveSlugs, "moves", "move", db.Moves.Select(m => m.Slug), ct));
        problems.AddRange(await ClashesAsync(reader.RoutineSlugs, "routines", "routine", db.Routines.Select(r => r.Slug), ct));
        problems.AddRange(reader.RoutineSlugs.Select((slug, i) => (slug, i)).Where(x => x.slug is not null && SiteSlugs.IsBuilt(x.slug))
            .Select(x => new FileProblem($"$.routines[{x.i}].slug", new Wording("Slugs like '{0}' are kept for built routines; give this routine another slug in the file.", x.slug!))));
        var index = reader.RoutineSlugs.Select((slug, i) => (slug, i)).Where(x => x.slug is not null).DistinctBy(x => x.slug).ToDictionary(x => x.slug!, x => x.i);
        foreach (var (routine, _) in routines.Where(r => r.Status == ContentStatus.Published))
        {
            problems.AddRange(Publishing.Check(routine, slug => statuses[slug])
                .Select(v => FileProblem.Of($"$.routines[{index[routine.Slug]}].{v.Field}", v)));
        }
        if (problems.Count > 0 || reader.UnlistedEntries > 0)
        {
            return new(problems.Take(LibraryFileReader.MaxListedProblems).ToList(), reader.UnlistedEntries, 0, 0);
        }

        try
        {
            await WriteAsync(db, library, moves, routines, now, ct);
            return new([], 0, moves.Count, routines.Count);
        }
        catch (DbUpdateException)
        {
            // Checked a moment ago; something with one of these slugs was added since. Nothing was written.
            db.ChangeTracker.Clear();
            return new([new("$", new Wording("Another library took one of these slugs while the file was being imported. Import it again to see which."))], 0, 0, 0);
        }
    }

    /// <summary>
    /// Adds checked moves and routines to a library in one transaction. Published routines become
    /// versions, and publish the draft moves they play (<see cref="Publishing"/>). The seed loader
    /// writes the seeds this way too.
    /// </summary>
    public static async Task WriteAsync(MassageDbContext db, Library library, IReadOnlyList<MoveInFile> moves, IReadOnlyList<RoutineInFile> routines,
        DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Moves.AddRange(moves.Select(m => MoveRecord.From(m.Move, library.Id, m.Status, now)));
        await db.SaveChangesAsync(ct);

        var libraryMoves = await db.Moves.Where(m => m.LibraryId == library.Id).ToDictionaryAsync(m => m.Slug, ct);
        var moveIds = libraryMoves.ToDictionary(m => m.Key, m => m.Value.Id);
        foreach (var (routine, status) in routines)
        {
            var record = RoutineRecord.From(routine, library.Id, moveIds, status, now);
            if (status == ContentStatus.Published)
            {
                Publishing.Publish(record, routine, libraryMoves, now);
            }
            db.Routines.Add(record);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<IEnumerable<FileProblem>> ClashesAsync(IReadOnlyList<string?> slugs, string array, string what,
        IQueryable<string> siteSlugs, CancellationToken ct)
    {
        var wanted = slugs.OfType<string>().Distinct().ToList();
        var taken = (await siteSlugs.Where(s => wanted.Contains(s)).ToListAsync(ct)).ToHashSet();
        return slugs.Select((slug, i) => (slug, i))
            .Where(x => x.slug is not null && taken.Contains(x.slug))
            .Select(x => new FileProblem($"$.{array}[{x.i}].slug", what == "move"
                ? new Wording("The slug '{0}' is already used by a move on this site; give this move another slug in the file.", x.slug!)
                : new Wording("The slug '{0}' is already used by a routine on this site; give this routine another slug in the file.", x.slug!)));
    }
}
