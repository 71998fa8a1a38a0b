using System.Security.Claims;
using MassageRoutines.Engine;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A library the coach may edit, as its page shows it.</summary>
public sealed record LibraryOverview(Library Library, IReadOnlyList<MoveRecord> Moves, IReadOnlyList<RoutineRecord> Routines, IReadOnlyList<SharingCoach> Editors, bool IsOwner);

/// <summary>A coach's library on the coach's home page, with its counts.</summary>
public sealed record LibrarySummary(Library Library, int Moves, int Routines, bool IsOwner);

/// <summary>The libraries a coach edits, and the read-only ones they may copy.</summary>
public sealed record CoachLibraries(IReadOnlyList<LibrarySummary> Mine, IReadOnlyList<Library> ReadOnly);

/// <summary>A library made, or the problem to show instead (at "copyOf", or "" for the whole form).</summary>
public sealed record LibraryCreated(Library? Library, RuleViolation? Refused);

/// <summary>
/// Libraries as coaches keep them: making one (empty or a copy), opening one, sharing it with another
/// coach and taking that back, and its file going out (export) and coming in (import).
/// </summary>
public sealed class LibraryEditing(MassageDbContext db, UserManager<IdentityUser> users, LibraryChanges libraryChanges, TimeProvider time)
{
    public async Task<CoachLibraries> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var mine = await db.Libraries.EditableBy(user).OrderBy(l => l.Name)
            .Select(l => new LibrarySummary(l, l.Moves.Count, l.Routines.Count, l.Editors.Any(e => e.UserId == userId && e.IsOwner)))
            .ToListAsync(ct);
        var readOnly = await db.Libraries.Where(l => l.IsReadOnly).OrderBy(l => l.Name).ToListAsync(ct);
        return new(mine, readOnly);
    }

    /// <summary>
    /// Makes a library for the coach: a copy of the read-only library <paramref name="copyOf"/> names,
    /// else an empty one. With no <paramref name="name"/> (the form's was not valid) it only checks
    /// <paramref name="copyOf"/>, so the form shows every problem at once.
    /// </summary>
    public async Task<LibraryCreated> CreateAsync(ClaimsPrincipal user, string? name, string? copyOf, CancellationToken ct)
    {
        Library? source = null;
        if (copyOf is not null)
        {
            source = await db.Libraries.FirstOrDefaultAsync(l => l.Slug == copyOf && l.IsReadOnly, ct);
            if (source is null)
            {
                return new(null, new("copyOf", new Wording("That library cannot be copied.")));
            }
        }
        if (name is null)
        {
            return new(null, null);
        }
        try
        {
            return new(await LibraryCopy.CreateAsync(db, name.Trim(), user.UserId(), source, time.GetUtcNow().UtcDateTime, ct), null);
        }
        catch (DbUpdateException)
        {
            // Another library (or copy) took one of the same slugs at the same moment; nothing was kept.
            return new(null, new("", new Wording("Another library with a similar name was made at the same moment. Try again.")));
        }
    }

    /// <returns>Null when the coach may not edit the library.</returns>
    public async Task<LibraryOverview?> OpenAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        if (await db.EditableLibraryAsync(user, slug, ct) is not { } library)
        {
            return null;
        }
        var moves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == library.Id).OrderBy(m => m.Name).ToListAsync(ct);
        var routines = await db.Routines.AsNoTracking().Where(r => r.LibraryId == library.Id).OrderBy(r => r.Phase).ThenBy(r => r.Name).ToListAsync(ct);
        var editors = await db.LibraryEditors.Where(e => e.LibraryId == library.Id)
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new SharingCoach { UserId = e.UserId, Email = u.Email!, IsOwner = e.IsOwner })
            .OwnersFirst().ToListAsync(ct);
        var userId = user.UserId();
        var isOwner = await db.LibraryEditors.AnyAsync(e => e.LibraryId == library.Id && e.UserId == userId && e.IsOwner, ct);
        return new(library, moves, routines, editors, isOwner);
    }

    /// <summary>The owner adds another coach, who may then edit the library too.</summary>
    /// <returns>The coach added, or the problem to show at the email field.</returns>
    public async Task<CoachToAdd> AddEditorAsync(Library library, string email, CancellationToken ct)
    {
        var found = await users.FindCoachToAddAsync(email,
            id => db.LibraryEditors.AnyAsync(e => e.LibraryId == library.Id && e.UserId == id, ct),
            "That coach can already edit this library.");
        if (found.Coach is { } coach)
        {
            db.LibraryEditors.Add(new LibraryEditor { LibraryId = library.Id, UserId = coach.Id });
            await db.SaveChangesAsync(ct);
        }
        return found;
    }

    /// <summary>
    /// The owner removes another coach, who may then no longer edit the library. The owner is never removed.
    /// Returns the coach's email, or null when they were not an editor.
    /// </summary>
    public async Task<string?> RemoveEditorAsync(Library library, string userId, CancellationToken ct)
    {
        var editors = db.LibraryEditors.Where(e => e.LibraryId == library.Id && e.UserId == userId && !e.IsOwner);
        var email = await editors.Join(db.Users, e => e.UserId, u => u.Id, (e, u) => u.Email).FirstOrDefaultAsync(ct);
        return email is not null && await editors.ExecuteDeleteAsync(ct) > 0 ? email : null;
    }

    /// <summary>The library as a file in the seeds/ format; null when the coach may not edit it.</summary>
    public async Task<(Library Library, byte[] File)?> ExportAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        if (await db.EditableLibraryAsync(user, slug, ct) is not { } library)
        {
            return null;
        }
        var moves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == library.Id).ToListAsync(ct);
        var routines = await db.Routines.AsNoTracking().Include(r => r.Items).ThenInclude(i => i.Move).Where(r => r.LibraryId == library.Id).ToListAsync(ct);
        return (library, LibraryFileWriter.Write(library.Name, moves, routines));
    }

    /// <returns>Null when the coach may not edit the library.</returns>
    public Task<Library?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken ct) => db.EditableLibraryAsync(user, slug, ct);

    /// <summary>Imports a library file's moves and routines into the library: all of them, or none when the file has a problem.</summary>
    public async Task<ImportResult> ImportAsync(Library library, string json, CancellationToken ct)
    {
        var result = await LibraryImport.ImportAsync(db, library, json, time.GetUtcNow().UtcDateTime, ct);
        if (!result.Failed)
        {
            await libraryChanges.AnnounceAsync(ct);
        }
        return result;
    }
}
