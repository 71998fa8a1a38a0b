using System.Security.Cryptography;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A seed file that cannot be loaded; start-up stops with this message.</summary>
public sealed class SeedFileException(string message) : Exception(message);

/// <summary>
/// Loads seeds/moves.json and seeds/routines.json into the read-only default library. Only slugs the
/// site does not have yet are added, so a second start changes nothing and an edited record is never
/// overwritten; the one thing an existing record takes from the files is their translations of its
/// unchanged text (<see cref="SeedTranslations"/>). Files already loaded as they are (by their hash) are not read again, which keeps a
/// restart quick.
/// </summary>
public sealed class SeedLoader(MassageDbContext db, TimeProvider time, ILogger<SeedLoader> logger)
{
    public const string DefaultLibraryName = "MassageRoutines library";
    private const string LoadedSetting = "Seeds.Loaded";

    public async Task LoadAsync(string folder, CancellationToken ct)
    {
        var hash = Hash(folder);
        if (hash is not null && await IsLoadedAsync(hash, ct))
        {
            return;
        }
        await LoadFilesAsync(folder, ct);
        if (hash is not null)
        {
            await db.StoreSettings.Where(s => s.Key == LoadedSetting).ExecuteDeleteAsync(ct);
            db.StoreSettings.Add(new StoreSetting { Key = LoadedSetting, Value = hash });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Whether these files were loaded already; read on every restart, so a plain command (see StartUpReads).</summary>
    private async Task<bool> IsLoadedAsync(string hash, CancellationToken ct) =>
        await db.ScalarAsync("""SELECT "Value" FROM "StoreSettings" WHERE "Key" = @key""", ct, ("@key", LoadedSetting)) as string == hash;

    /// <summary>The two files' SHA-256, or null when one is missing (reading them then says so).</summary>
    private static string? Hash(string folder)
    {
        var paths = new[] { "moves.json", "routines.json" }.Select(name => Path.Combine(folder, name)).ToList();
        return paths.All(File.Exists)
            ? Convert.ToHexString(SHA256.HashData(paths.SelectMany(File.ReadAllBytes).ToArray()))
            : null;
    }

    private async Task LoadFilesAsync(string folder, CancellationToken ct)
    {
        var moves = Read(folder, "moves.json", reader => reader.Moves());
        // Routines link to the library's moves as stored, so a move already there wins over the file's.
        var knownMoves = (await db.Moves.AsNoTracking().Where(m => m.Library!.Slug == Library.DefaultSlug).ToListAsync(ct))
            .ToDictionary(m => m.Slug, m => m.ToMove());
        foreach (var move in moves)
        {
            knownMoves.TryAdd(move.Move.Slug, move.Move);
        }
        var routines = Read(folder, "routines.json", reader => reader.Routines(knownMoves));

        var now = time.GetUtcNow().UtcDateTime;
        var library = await db.Libraries.FirstOrDefaultAsync(l => l.Slug == Library.DefaultSlug, ct);
        if (library is null)
        {
            library = new Library { Slug = Library.DefaultSlug, Name = DefaultLibraryName, IsReadOnly = true, CreatedAt = now };
            db.Libraries.Add(library);
            await db.SaveChangesAsync(ct);
        }

        var takenMoves = await db.Moves.Select(m => m.Slug).ToHashSetAsync(ct);
        var newMoves = moves.Where(m => !takenMoves.Contains(m.Move.Slug)).ToList();
        var libraryMoves = (await db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).ToListAsync(ct))
            .Concat(newMoves.Select(m => m.Move.Slug)).ToHashSet();
        var takenRoutines = await db.Routines.Select(r => r.Slug).ToHashSetAsync(ct);
        var newRoutines = new List<RoutineInFile>();
        foreach (var routine in routines.Where(r => !takenRoutines.Contains(r.Routine.Slug)))
        {
            var missing = Publishing.MovesOf(routine.Routine).Where(slug => !libraryMoves.Contains(slug)).ToList();
            if (missing.Count > 0)
            {
                logger.LogWarning("Seed routine {Routine} skipped: moves {Moves} belong to another library", routine.Routine.Slug, missing);
                continue;
            }
            newRoutines.Add(routine);
        }
        await LibraryImport.WriteAsync(db, library, newMoves, newRoutines, now, ct);
        var (translatedMoves, translatedRoutines) = await SeedTranslations.BringAsync(db, library, moves, routines, now, ct);

        logger.LogInformation("Seeds loaded from {Folder}: {NewMoves} new moves, {NewRoutines} new routines, new translations for {TranslatedMoves} moves and {TranslatedRoutines} routines",
            folder, newMoves.Count, newRoutines.Count, translatedMoves, translatedRoutines);
    }

    private static List<T> Read<T>(string folder, string fileName, Func<LibraryFileReader, List<T>> read)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new SeedFileException($"Seed file {path} is missing.");
        }

        var reader = new LibraryFileReader();
        var items = reader.Parse(File.ReadAllText(path)) ? read(reader) : [];
        if (reader.HasProblems)
        {
            throw new SeedFileException($"Seed file {path} cannot be loaded:{Environment.NewLine}" +
                string.Join(Environment.NewLine, reader.Problems.Select(p => $"  {fileName} {p}")));
        }
        return items;
    }
}
