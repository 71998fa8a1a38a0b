using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A new library for a coach: empty, or a copy of another library's moves and routines.</summary>
public static class LibraryCopy
{
    /// <summary>
    /// Copies come in as drafts with slugs of their own (the new library's slug in front), so nothing
    /// appears to runners until the coach publishes it. One transaction: all of it, or nothing.
    /// </summary>
    public static async Task<Library> CreateAsync(MassageDbContext db, string name, string ownerId, Library? source, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var library = new Library
        {
            Slug = await SiteSlugs.FreeLibrarySlugAsync(db, name),
            Name = name,
            CreatedAt = now,
            Editors = [new() { UserId = ownerId, IsOwner = true }],
        };
        db.Libraries.Add(library);
        await db.SaveChangesAsync(ct);

        if (source is not null)
        {
            var moves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == source.Id).ToListAsync(ct);
            var copies = new Dictionary<string, Move>();
            foreach (var move in moves)
            {
                var slug = await SiteSlugs.FreeMoveSlugAsync(db, $"{library.Slug}-{move.Slug}", copies.Values.Select(m => m.Slug).ToHashSet());
                copies[move.Slug] = move.ToMove() with { Slug = slug };
            }
            var records = copies.Values.Select(m => MoveRecord.From(m, library.Id, ContentStatus.Draft, now)).ToList();
            db.Moves.AddRange(records);
            await db.SaveChangesAsync(ct);

            var moveIds = records.ToDictionary(m => m.Slug, m => m.Id);
            var routines = await db.Routines.AsNoTracking().Include(r => r.Items).ThenInclude(i => i.Move)
                .Where(r => r.LibraryId == source.Id).ToListAsync(ct);
            var routineSlugs = new HashSet<string>();
            foreach (var routine in routines)
            {
                var slug = await SiteSlugs.FreeRoutineSlugAsync(db, $"{library.Slug}-{routine.Slug}", routineSlugs);
                routineSlugs.Add(slug);
                db.Routines.Add(RoutineRecord.From(routine.ToRoutine(copies) with { Slug = slug }, library.Id, moveIds, ContentStatus.Draft, now));
            }
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return library;
    }
}
