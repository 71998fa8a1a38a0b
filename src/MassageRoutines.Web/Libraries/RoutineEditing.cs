using System.Security.Claims;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A routine as the editor opens it: its library and that library's moves, and the routine (null for a new one, or one not found).</summary>
public sealed record RoutineInEditor(Library Library, string Slug, RoutineRecord? Record, IReadOnlyDictionary<string, MoveRecord> MoveRecords)
{
    /// <summary>The library's moves, by slug: the only ones a routine here may use.</summary>
    public IReadOnlyDictionary<string, Move> Moves { get; } = MoveRecords.ToDictionary(m => m.Key, m => m.Value.ToMove());

    public bool IsNew => Slug == SiteSlugs.New;

    /// <summary>False for a slug the library has no routine by.</summary>
    public bool Found => IsNew || Record is not null;
}

/// <summary>A routine saved, and the draft moves publishing it published too.</summary>
public sealed record RoutineSaved(RoutineRecord Record, IReadOnlyList<MoveRecord> PublishedMoves);

/// <summary>Archiving done, or not (someone saved the routine at the same moment): the routine as it is now.</summary>
public sealed record RoutineArchived(bool Archived, RoutineInEditor Now);

/// <summary>
/// Making, saving, publishing and archiving a routine in one of the coach's libraries. Saving keeps
/// the working copy; publishing also makes it the version runners get (<see cref="Publishing"/>). A
/// save is from the revision the coach opened: saving over a newer one is an <see cref="EditConflict{T}"/>.
/// </summary>
public sealed class RoutineEditing(MassageDbContext db, LibraryChanges libraryChanges, TimeProvider time)
{
    /// <returns>Null when the coach may not edit the library; "new" opens a new routine.</returns>
    public async Task<RoutineInEditor?> OpenAsync(ClaimsPrincipal user, string library, string slug, CancellationToken ct) =>
        await db.EditableLibraryAsync(user, library, ct) is { } found ? await OpenAsync(found, slug, ct) : null;

    /// <param name="routine">The routine from the form; a new one gets a free slug from its name here.</param>
    /// <param name="revision">The revision the coach started from.</param>
    public async Task<EditResult<RoutineSaved, Routine>> SaveAsync(RoutineInEditor editor, Routine routine, int revision, bool publish, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (editor.IsNew)
        {
            routine = routine with { Slug = await SiteSlugs.FreeRoutineSlugAsync(db, routine.Name, new HashSet<string>()) };
        }
        var record = editor.Record
            ?? (editor.IsNew
                ? new RoutineRecord { LibraryId = editor.Library.Id, Slug = routine.Slug, Name = routine.Name, Version = 0, Status = ContentStatus.Draft }
                : throw new InvalidOperationException($"There is no routine {editor.Slug} to save."));
        if (!editor.IsNew && record.Revision != revision)
        {
            return new(null, ConflictWith(editor));
        }

        record.Apply(routine, editor.MoveRecords.ToDictionary(m => m.Key, m => m.Value.Id), now);
        IReadOnlyList<MoveRecord> publishedMoves = [];
        if (publish)
        {
            if (Publishing.Check(routine, slug => editor.MoveRecords[slug].Status) is [var violation, ..])
            {
                return new(null, Refused: violation with { Field = "" });
            }
            publishedMoves = Publishing.Publish(record, routine, editor.MoveRecords, now);
        }
        if (editor.IsNew)
        {
            db.Routines.Add(record);
        }
        else
        {
            db.Entry(record).Property(r => r.Revision).OriginalValue = revision;
        }

        return await EditSaving.SaveAsync(db, libraryChanges, new RoutineSaved(record, publishedMoves), editor.IsNew, new Wording("A routine with the same name was saved at the same moment. Save again."),
            async () => ConflictWith(await OpenAsync(editor.Library, editor.Slug, ct)), ct);
    }

    /// <summary>Takes the routine away from runners; sessions already playing it still finish and log.</summary>
    public async Task<RoutineArchived> ArchiveAsync(RoutineInEditor editor, CancellationToken ct)
    {
        var record = editor.Record ?? throw new InvalidOperationException($"There is no routine {editor.Slug} to archive.");
        record.Status = ContentStatus.Archived;
        record.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved or published by someone else since the editor read it.
            db.ChangeTracker.Clear();
            return new(false, (await OpenAsync(editor.Library, editor.Slug, ct))!);
        }
        await libraryChanges.AnnounceAsync(ct);
        return new(true, editor);
    }

    private static EditConflict<Routine> ConflictWith(RoutineInEditor now) =>
        new(now.Record!.ToRoutine(now.Moves), now.Record.Revision, new Wording(
            "Someone else saved this routine at {0:HH:mm} UTC, after you opened it. Their version is shown below; your changes are still in the form. Save again to replace their version with yours.",
            now.Record.UpdatedAt));

    private async Task<RoutineInEditor> OpenAsync(Library library, string slug, CancellationToken ct)
    {
        var moves = await db.Moves.Where(m => m.LibraryId == library.Id).OrderBy(m => m.Name).ToListAsync(ct);
        var record = slug == SiteSlugs.New ? null : await db.Routines.Include(r => r.Items).ThenInclude(i => i.Move)
            .FirstOrDefaultAsync(r => r.LibraryId == library.Id && r.Slug == slug, ct);
        return new(library, slug, record, moves.ToDictionary(m => m.Slug));
    }
}
