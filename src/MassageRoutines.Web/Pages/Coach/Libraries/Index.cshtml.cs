using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

public sealed class IndexModel(MassageDbContext db, UserManager<IdentityUser> users) : PageModel
{
    public sealed record Editor(string Email, bool IsOwner);

    public Library Library { get; private set; } = null!;
    public IReadOnlyList<MoveRecord> Moves { get; private set; } = [];
    public IReadOnlyList<RoutineRecord> Routines { get; private set; } = [];
    public IReadOnlyList<Editor> Editors { get; private set; } = [];
    public bool IsOwner { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the email of a coach's account.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string CoachEmail { get; set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string library, CancellationToken ct) =>
        await LoadAsync(library, ct) ? Page() : NotFound();

    /// <summary>The owner adds another coach, who may then edit this library too.</summary>
    public async Task<IActionResult> OnPostAddEditorAsync(string library, CancellationToken ct)
    {
        if (!await LoadAsync(library, ct))
        {
            return NotFound();
        }
        if (!IsOwner)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindCoachByEmailAsync(CoachEmail) is not { } coach)
        {
            ModelState.AddModelError(nameof(CoachEmail), CoachAccounts.NotFoundMessage);
            return Page();
        }
        if (await db.LibraryEditors.AnyAsync(e => e.LibraryId == Library.Id && e.UserId == coach.Id, ct))
        {
            ModelState.AddModelError(nameof(CoachEmail), "That coach can already edit this library.");
            return Page();
        }

        db.LibraryEditors.Add(new LibraryEditor { LibraryId = Library.Id, UserId = coach.Id });
        await db.SaveChangesAsync(ct);
        Message = $"{coach.Email} can now edit {Library.Name}.";
        return RedirectToPage(new { library });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await db.EditableLibraryAsync(User, slug, ct) is not { } library)
        {
            return false;
        }
        Library = library;
        Moves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == library.Id).OrderBy(m => m.Name).ToListAsync(ct);
        Routines = await db.Routines.AsNoTracking().Where(r => r.LibraryId == library.Id).OrderBy(r => r.Phase).ThenBy(r => r.Name).ToListAsync(ct);
        var userId = User.UserId();
        Editors = await db.LibraryEditors.Where(e => e.LibraryId == library.Id)
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { u.Email, e.IsOwner })
            .OrderByDescending(e => e.IsOwner).ThenBy(e => e.Email)
            .Select(e => new Editor(e.Email!, e.IsOwner)).ToListAsync(ct);
        IsOwner = await db.LibraryEditors.AnyAsync(e => e.LibraryId == library.Id && e.UserId == userId && e.IsOwner, ct);
        return true;
    }
}
