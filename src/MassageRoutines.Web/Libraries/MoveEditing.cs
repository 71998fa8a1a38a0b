using System.Security.Claims;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A move as the editor opens it: its library, and the move itself (null for a new one, or one not found).</summary>
public sealed record MoveInEditor(Library Library, string Slug, MoveRecord? Record)
{
    public bool IsNew => Slug == SiteSlugs.New;

    /// <summary>False for a slug the library has no move by.</summary>
    public bool Found => IsNew || Record is not null;
}

/// <summary>
/// Making and editing a move in one of the coach's libraries. A save is from the revision the coach
/// opened: saving over a newer one is an <see cref="EditConflict{T}"/>, never a silent overwrite.
/// </summary>
public sealed class MoveEditing(MassageDbContext db, PublishedLibrary published, LibraryChanges libraryChanges, TimeProvider time)
{
    /// <returns>Null when the coach may not edit the library; "new" opens a new move.</returns>
    public async Task<MoveInEditor?> OpenAsync(ClaimsPrincipal user, string library, string slug, CancellationToken ct)
    {
        if (await db.EditableLibraryAsync(user, library, ct) is not { } found)
        {
            return null;
        }
        return new(found, slug, slug == SiteSlugs.New ? null : await FindAsync(found, slug, ct));
    }

    /// <param name="move">The move from the form; a new one gets a free slug from its name here.</param>
    /// <param name="revision">The revision the coach started from.</param>
    public async Task<EditResult<MoveRecord, Move>> SaveAsync(MoveInEditor editor, Move move, ContentStatus status, int revision, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var record = editor.Record;
        if (editor.IsNew)
        {
            move = move with { Slug = await SiteSlugs.FreeMoveSlugAsync(db, move.Name, new HashSet<string>()) };
            record = MoveRecord.From(move, editor.Library.Id, status, now);
            db.Moves.Add(record);
        }
        else if (record is null)
        {
            throw new InvalidOperationException($"There is no move {editor.Slug} to save.");
        }
        else if (record.Revision != revision)
        {
            return new(null, ConflictWith(record));
        }
        else if (Publishing.CheckStatusChange(record.Status, status, await PublishedRoutinesUsingAsync(editor.Library, record.Slug, ct)) is [var violation, ..])
        {
            return new(null, Refused: violation);
        }
        else
        {
            record.Apply(move, status, now);
        }

        return await EditSaving.SaveAsync(db, libraryChanges, record, editor.IsNew, new Wording("A move with the same name was saved at the same moment. Save again."),
            async () => ConflictWith((await FindAsync(editor.Library, editor.Slug, ct))!), ct);
    }

    private static EditConflict<Move> ConflictWith(MoveRecord theirs) => new(theirs.ToMove(), theirs.Revision, new Wording(
        "Someone else saved this move at {0:HH:mm} UTC, after you opened it. Their version is shown below; your changes are still in the form. Save again to replace their version with yours.",
        theirs.UpdatedAt));

    private async Task<List<string>> PublishedRoutinesUsingAsync(Library library, string slug, CancellationToken ct) =>
        (await published.RoutinesAsync([library.Id])).Using(slug).Select(r => r.Routine.Name).ToList();

    private Task<MoveRecord?> FindAsync(Library library, string slug, CancellationToken ct) =>
        db.Moves.FirstOrDefaultAsync(m => m.LibraryId == library.Id && m.Slug == slug, ct);
}
