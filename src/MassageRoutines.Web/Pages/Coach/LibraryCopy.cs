using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach;

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
            var newSlugs = new Dictionary<string, string>();
            foreach (var move in moves)
            {
                newSlugs[move.Slug] = await SiteSlugs.FreeMoveSlugAsync(db, $"{library.Slug}-{move.Slug}", newSlugs.Values.ToHashSet());
            }
            var copies = moves.Select(m => MoveRecord.From(m.ToMove() with { Slug = newSlugs[m.Slug] }, library.Id, ContentStatus.Draft, now)).ToList();
            db.Moves.AddRange(copies);
            await db.SaveChangesAsync(ct);

            var moveIds = copies.ToDictionary(m => m.Slug, m => m.Id);
            var routines = await db.Routines.AsNoTracking().Include(r => r.Items).ThenInclude(i => i.Move)
                .Where(r => r.LibraryId == source.Id).ToListAsync(ct);
            var routineSlugs = new HashSet<string>();
            foreach (var routine in routines)
            {
                var slug = await SiteSlugs.FreeRoutineSlugAsync(db, $"{library.Slug}-{routine.Slug}", routineSlugs);
                routineSlugs.Add(slug);
                db.Routines.Add(new RoutineRecord
                {
                    LibraryId = library.Id,
                    Slug = slug,
                    Name = routine.Name,
                    Summary = routine.Summary,
                    Phase = routine.Phase,
                    PrepareSeconds = routine.PrepareSeconds,
                    SwitchSeconds = routine.SwitchSeconds,
                    WarmUpMinutes = routine.WarmUpMinutes,
                    WarmUpDrills = routine.WarmUpDrills.Select(d => newSlugs.GetValueOrDefault(d, d)).ToList(),
                    Items = routine.Items.OrderBy(i => i.Order).Select(i => new RoutineItemRecord
                    {
                        Order = i.Order,
                        MoveId = moveIds[newSlugs[i.Move!.Slug]],
                        Seconds = i.Seconds,
                        Sides = i.Sides,
                        RestSeconds = i.RestSeconds,
                    }).ToList(),
                    Status = ContentStatus.Draft,
                    Version = 0,
                    Revision = 1,
                    UpdatedAt = now,
                });
            }
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return library;
    }
}
