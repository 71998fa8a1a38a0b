using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Moves;

/// <summary>Makes or edits a move in one of the coach's libraries; "new" in the URL makes one.</summary>
public sealed class EditModel(MassageDbContext db, PublishedLibrary published, LibraryChanges libraryChanges, TimeProvider time) : PageModel
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
        if (!await LoadLibraryAsync(library, slug, ct))
        {
            return NotFound();
        }
        if (!IsNew)
        {
            if (await FindAsync(slug, ct) is not { } move)
            {
                return NotFound();
            }
            Form = MoveForm.From(move);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string library, string slug, CancellationToken ct)
    {
        if (!await LoadLibraryAsync(library, slug, ct))
        {
            return NotFound();
        }
        Preview = Form.ToMove(ModelState)?.Move;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string library, string slug, CancellationToken ct)
    {
        if (!await LoadLibraryAsync(library, slug, ct))
        {
            return NotFound();
        }
        var record = IsNew ? null : await FindAsync(slug, ct);
        if (!IsNew && record is null)
        {
            return NotFound();
        }

        if (IsNew)
        {
            Form.Slug = await SiteSlugs.FreeMoveSlugAsync(db, Form.Name ?? "", new HashSet<string>());
        }
        if (Form.ToMove(ModelState) is not var (move, status))
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (record is null)
        {
            record = MoveRecord.From(move, Library.Id, status, now);
            db.Moves.Add(record);
        }
        else if (record.Revision != Form.Revision)
        {
            ShowConflict(record);
            return Page();
        }
        else if (Publishing.CheckStatusChange(record.Status, status, await PublishedRoutinesUsingAsync(record.Slug, ct)) is [var violation, ..])
        {
            ModelState.AddModelError("Form.Status", violation.Message);
            return Page();
        }
        else
        {
            // The revision read is the one saved over; if another save lands in between, SaveChanges fails.
            record.Apply(move, status, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ShowConflict((await FindAsync(slug, ct))!);
            return Page();
        }
        catch (DbUpdateException) when (IsNew)
        {
            // Another coach took the same slug between choosing it and saving; the next save picks another.
            ModelState.AddModelError(string.Empty, "A move with the same name was saved at the same moment. Save again.");
            return Page();
        }
        await libraryChanges.AnnounceAsync(ct);
        Message = $"Saved {record.Name}.";
        return RedirectToPage(new { library, slug = record.Slug });
    }

    /// <summary>Keeps the coach's input, shows the other version, and lets a second save replace it on purpose.</summary>
    private void ShowConflict(MoveRecord theirs)
    {
        TheirVersion = theirs.ToMove();
        Form.Revision = theirs.Revision;
        ModelState.Remove("Form.Revision");
        ModelState.AddModelError(string.Empty,
            $"Someone else saved this move at {theirs.UpdatedAt:HH:mm} UTC, after you opened it. Their version is shown below; " +
            "your changes are still in the form. Save again to replace their version with yours.");
    }

    private async Task<List<string>> PublishedRoutinesUsingAsync(string slug, CancellationToken ct) =>
        (await published.RoutinesAsync([Library.Id])).Using(slug).Select(r => r.Routine.Name).ToList();

    private async Task<bool> LoadLibraryAsync(string library, string slug, CancellationToken ct)
    {
        IsNew = slug == SiteSlugs.New;
        Library = (await db.EditableLibraryAsync(User, library, ct))!;
        return Library is not null;
    }

    private Task<MoveRecord?> FindAsync(string slug, CancellationToken ct) =>
        db.Moves.FirstOrDefaultAsync(m => m.LibraryId == Library.Id && m.Slug == slug, ct);
}
