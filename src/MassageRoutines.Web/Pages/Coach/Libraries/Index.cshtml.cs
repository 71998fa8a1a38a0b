using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

public sealed class IndexModel(LibraryEditing libraries, IStringLocalizer<Words> words) : PageModel
{
    public Library Library { get; private set; } = null!;
    public IReadOnlyList<MoveRecord> Moves { get; private set; } = [];
    public IReadOnlyList<RoutineRecord> Routines { get; private set; } = [];
    public IReadOnlyList<SharingCoach> Editors { get; private set; } = [];
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

        var added = await libraries.AddEditorAsync(Library, CoachEmail, ct);
        if (added.Coach is not { } coach)
        {
            ModelState.AddModelError(nameof(CoachEmail), words[added.Problem!]);
            return Page();
        }
        Message = words["{0} can now edit {1}.", coach.Email ?? "", Library.Name];
        return RedirectToPage(new { library });
    }

    /// <summary>The owner removes another coach, who then gets "not found" for this library's pages.</summary>
    public async Task<IActionResult> OnPostRemoveEditorAsync(string library, string? editor, CancellationToken ct)
    {
        if (!await LoadAsync(library, ct))
        {
            return NotFound();
        }
        if (!IsOwner)
        {
            return Forbid();
        }
        if (await libraries.RemoveEditorAsync(Library, editor ?? "", ct) is not { } email)
        {
            return NotFound();
        }
        Message = words["{0} can no longer edit {1}.", email, Library.Name];
        return RedirectToPage(new { library });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await libraries.OpenAsync(User, slug, ct) is not { } overview)
        {
            return false;
        }
        (Library, Moves, Routines, Editors, IsOwner) = overview;
        return true;
    }
}
