using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.LibraryFiles;

public sealed record ImportResult(IReadOnlyList<FileProblem> Problems, int Moves, int Routines);

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
        if (reader.Parse(json) is not { } file)
        {
            return new(reader.Problems, 0, 0);
        }

        var moves = reader.Moves(file);
        var libraryMoves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == library.Id).ToListAsync(ct);
        var known = libraryMoves.ToDictionary(m => m.Slug, m => m.ToMove());
        var statuses = libraryMoves.ToDictionary(m => m.Slug, m => m.Status);
        foreach (var (move, status) in moves)
        {
            known[move.Slug] = move;
            statuses[move.Slug] = status;
        }
        var routines = reader.Routines(file, known);

        var problems = reader.Problems.ToList();
        problems.AddRange(await ClashesAsync(file.Moves, m => m?.Slug, "moves", "move", db.Moves.Select(m => m.Slug), ct));
        problems.AddRange(await ClashesAsync(file.Routines, r => r?.Slug, "routines", "routine", db.Routines.Select(r => r.Slug), ct));
        for (var i = 0; i < routines.Count; i++)
        {
            var (routine, status) = routines[i];
            var unpublished = routine.Items.Select(item => item.Move).Concat(routine.WarmUpDrills)
                .Where(m => statuses.GetValueOrDefault(m.Slug) != ContentStatus.Published).Select(m => m.Slug).Distinct().ToList();
            if (status == ContentStatus.Published && unpublished.Count > 0)
            {
                var index = file.Routines!.FindIndex(r => r?.Slug == routine.Slug);
                problems.Add(new($"$.routines[{index}].status", $"A published routine needs published moves; these are not: {string.Join(", ", unpublished)}."));
            }
        }
        if (problems.Count > 0)
        {
            return new(problems, 0, 0);
        }

        try
        {
            return await WriteAsync(db, library, moves, routines, now, ct);
        }
        catch (DbUpdateException)
        {
            // Checked a moment ago; something with one of these slugs was added since. Nothing was written.
            db.ChangeTracker.Clear();
            return new([new("$", "Another library took one of these slugs while the file was being imported. Import it again to see which.")], 0, 0);
        }
    }

    private static async Task<ImportResult> WriteAsync(MassageDbContext db, Library library, List<MoveInFile> moves, List<RoutineInFile> routines,
        DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var records = moves.Select(m => MoveRecord.From(m.Move, library.Id, m.Status, now)).ToList();
        db.Moves.AddRange(records);
        await db.SaveChangesAsync(ct);

        var moveIds = await db.Moves.Where(m => m.LibraryId == library.Id).ToDictionaryAsync(m => m.Slug, m => m.Id, ct);
        foreach (var (routine, status) in routines)
        {
            var record = RoutineRecord.From(routine, library.Id, moveIds, status, now);
            if (status == ContentStatus.Published)
            {
                record.Publish(routine, now);
            }
            db.Routines.Add(record);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new([], records.Count, routines.Count);
    }

    private static async Task<IEnumerable<FileProblem>> ClashesAsync<T>(List<T?>? entries, Func<T?, string?> slugOf, string array, string what,
        IQueryable<string> siteSlugs, CancellationToken ct) where T : class
    {
        var slugs = (entries ?? []).Select(slugOf).OfType<string>().ToList();
        var taken = (await siteSlugs.Where(s => slugs.Contains(s)).ToListAsync(ct)).ToHashSet();
        return (entries ?? []).Select((entry, i) => (Slug: slugOf(entry), i))
            .Where(x => x.Slug is not null && taken.Contains(x.Slug))
            .Select(x => new FileProblem($"$.{array}[{x.i}].slug", $"The slug '{x.Slug}' is already used by a {what} on this site; give this {what} another slug in the file."));
    }
}
