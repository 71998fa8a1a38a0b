using MassageRoutines.Web.LibraryFiles;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Data;

/// <summary>A seed file that cannot be loaded; start-up stops with this message.</summary>
public sealed class SeedFileException(string message) : Exception(message);

/// <summary>
/// Loads seeds/moves.json and seeds/routines.json into the read-only default library. Only slugs the
/// site does not have yet are added, so a second start changes nothing and an edited record is never
/// overwritten.
/// </summary>
public sealed class SeedLoader(MassageDbContext db, TimeProvider time, ILogger<SeedLoader> logger)
{
    public const string DefaultLibraryName = "MassageRoutines library";

    public async Task LoadAsync(string folder, CancellationToken ct)
    {
        var moves = Read(folder, "moves.json", (reader, file) => reader.Moves(file));
        // Routines link to the library's moves as stored, so a move already there wins over the file's.
        var knownMoves = (await db.Moves.AsNoTracking().Where(m => m.Library!.Slug == Library.DefaultSlug).ToListAsync(ct))
            .ToDictionary(m => m.Slug, m => m.ToMove());
        foreach (var move in moves)
        {
            knownMoves.TryAdd(move.Move.Slug, move.Move);
        }
        var routines = Read(folder, "routines.json", (reader, file) => reader.Routines(file, knownMoves));

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var library = await db.Libraries.FirstOrDefaultAsync(l => l.Slug == Library.DefaultSlug, ct);
        if (library is null)
        {
            library = new Library { Slug = Library.DefaultSlug, Name = DefaultLibraryName, IsReadOnly = true, CreatedAt = now };
            db.Libraries.Add(library);
            await db.SaveChangesAsync(ct);
        }

        var takenMoveSlugs = await db.Moves.Select(m => m.Slug).ToHashSetAsync(ct);
        var newMoves = moves.Where(m => !takenMoveSlugs.Contains(m.Move.Slug))
            .Select(m => MoveRecord.From(m.Move, library.Id, m.Status, now)).ToList();
        db.Moves.AddRange(newMoves);
        await db.SaveChangesAsync(ct);

        var libraryMoves = await db.Moves.Where(m => m.LibraryId == library.Id).ToDictionaryAsync(m => m.Slug, m => m.Id, ct);
        var takenRoutineSlugs = await db.Routines.Select(r => r.Slug).ToHashSetAsync(ct);
        var newRoutines = new List<RoutineRecord>();
        foreach (var (routine, status) in routines.Where(r => !takenRoutineSlugs.Contains(r.Routine.Slug)))
        {
            var missing = routine.Items.Select(i => i.Move.Slug).Where(slug => !libraryMoves.ContainsKey(slug)).ToList();
            if (missing.Count > 0)
            {
                logger.LogWarning("Seed routine {Routine} skipped: moves {Moves} belong to another library", routine.Slug, missing);
                continue;
            }
            var record = RoutineRecord.From(routine, library.Id, libraryMoves, status, now);
            if (status == ContentStatus.Published)
            {
                record.Publish(routine, now);
            }
            newRoutines.Add(record);
        }
        db.Routines.AddRange(newRoutines);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        logger.LogInformation("Seeds loaded from {Folder}: {NewMoves} new moves, {NewRoutines} new routines", folder, newMoves.Count, newRoutines.Count);
    }

    private static List<T> Read<T>(string folder, string fileName, Func<LibraryFileReader, LibraryFile, List<T>> read)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new SeedFileException($"Seed file {path} is missing.");
        }

        var reader = new LibraryFileReader();
        var file = reader.Parse(File.ReadAllText(path));
        var items = file is null ? [] : read(reader, file);
        if (reader.Problems.Count > 0)
        {
            throw new SeedFileException($"Seed file {path} cannot be loaded:{Environment.NewLine}" +
                string.Join(Environment.NewLine, reader.Problems.Select(p => $"  {fileName} {p}")));
        }
        return items;
    }
}
