using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Pages.Coach.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Moves;

/// <summary>Makes or edits a move in one of the coach's libraries; "new" in the URL makes one.</summary>
public sealed class EditModel(MoveEditing editing, IStringLocalizer<Words> words) : PageModel
{
    public Library Library { get; private set; } = null!;
    public bool IsNew { get; private set; }

    [BindProperty]
    public MoveForm Form { get; set; } = new();

    /// <summary>The move as runners would see it, when the coach asked for a preview.</summary>
    public Move? Preview { get; private set; }

    /// <summary>The version someone else saved while this coach was editing.</summary>
    public Move? TheirVersion { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string library, string slug, CancellationToken ct)
    {
        if (await OpenAsync(library, slug, ct) is not { Found: true } editor)
        {
            return NotFound();
        }
        if (editor.Record is { } move)
        {
            Form = MoveForm.From(move);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string library, string slug, CancellationToken ct)
    {
        if (await OpenAsync(library, slug, ct) is null)
        {
            return NotFound();
        }
        Preview = Form.ToMove(ModelState, words)?.Move;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string library, string slug, CancellationToken ct)
    {
        if (await OpenAsync(library, slug, ct) is not { Found: true } editor)
        {
            return NotFound();
        }
        if (Form.ToMove(ModelState, words) is not var (move, status))
        {
            return Page();
        }

        var result = await editing.SaveAsync(editor, move, status, Form.Revision, ct);
        if (result.Conflict is { } conflict)
        {
            TheirVersion = ModelState.Show(conflict, words, out var revision);
            Form.Revision = revision;
            return Page();
        }
        if (result.Refused is { } refused)
        {
            ModelState.AddModelError(refused.Field == "" ? "" : MoveForm.Fields.Of(refused.Field), words.Say(refused.Says));
            return Page();
        }
        Message = words["Saved {0}.", result.Saved!.Name];
        return RedirectToPage(new { library, slug = result.Saved.Slug });
    }

    private async Task<MoveInEditor?> OpenAsync(string library, string slug, CancellationToken ct)
    {
        var editor = await editing.OpenAsync(User, library, slug, ct);
        Library = editor?.Library!;
        IsNew = editor?.IsNew ?? false;
        return editor;
    }
}
