using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// Someone else saved a move or routine after this coach opened it. Both editors answer the same way:
/// the coach's input stays in the form, the other version is shown beside it, and a second save from
/// <see cref="Revision"/> replaces it on purpose.
/// </summary>
/// <param name="Theirs">The version saved in the meantime, as the engine sees it.</param>
/// <param name="Revision">Its revision: the one a second save replaces.</param>
/// <param name="Says">What the coach reads: who saved what and when, and what a second save does.</param>
public sealed record EditConflict<T>(T Theirs, int Revision, Wording Says);

/// <summary>
/// What a save came to: the record saved, or a conflict to show, or a refusal (a rule the change breaks,
/// with the engine's field, "" for the whole form).
/// </summary>
public sealed record EditResult<TRecord, TTheirs>(TRecord? Saved, EditConflict<TTheirs>? Conflict = null, RuleViolation? Refused = null)
    where TRecord : class
    where TTheirs : class;

/// <summary>The last step of a save in either editor, so both answer a conflict the same way.</summary>
public static class EditSaving
{
    /// <summary>
    /// Saves what the editor changed and announces it. A save that landed in between (the revision
    /// read is the one saved over) makes it a conflict with the version now stored; a second new one
    /// under the same slug, a refusal (the next save picks another slug).
    /// </summary>
    /// <param name="sameName">What a person reads when another save of the same name won the race.</param>
    /// <param name="theirs">Reads the version now stored, once the failed change is forgotten.</param>
    public static async Task<EditResult<TRecord, TTheirs>> SaveAsync<TRecord, TTheirs>(MassageDbContext db, LibraryChanges libraryChanges,
        TRecord saved, bool isNew, Wording sameName, Func<Task<EditConflict<TTheirs>>> theirs, CancellationToken ct)
        where TRecord : class
        where TTheirs : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, await theirs());
        }
        catch (DbUpdateException) when (isNew)
        {
            return new(null, Refused: new("", sameName));
        }
        await libraryChanges.AnnounceAsync(ct);
        return new(saved);
    }
}
