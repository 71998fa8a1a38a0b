using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Routines;

/// <summary>
/// Makes or edits a routine ("new" in the URL makes one). Adding, removing and reordering moves only
/// change the form, each answered with the engine's warnings for it; Save keeps the working copy and
/// Publish also makes it the version runners get.
/// </summary>
public sealed class EditModel(MassageDbContext db, LibraryChanges libraryChanges, TimeProvider time) : PageModel
{
    public Library Library { get; private set; } = null!;
    public RoutineRecord? Record { get; private set; }
    public bool IsNew => Record is null;
    public IReadOnlyDictionary<string, Move> Moves { get; private set; } = new Dictionary<string, Move>();
    private Dictionary<string, MoveRecord> moveRecords = [];

    /// <summary>What the engine says about the routine in the form, when it is complete enough to play.</summary>
    public Timeline? Timeline { get; private set; }

    [BindProperty]
    public RoutineForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string library, string slug, CancellationToken ct)
    {
        if (!await LoadAsync(library, slug, ct))
        {
            return NotFound();
        }
        if (Record is not null)
        {
            Form = RoutineForm.From(Record);
        }
        Check();
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string library, string slug, CancellationToken ct) => EditFormAsync(library, slug, ct, () =>
    {
        if (Form.AddMove is { } added && Moves.TryGetValue(added, out var move))
        {
            Form.Items.Add(new ItemForm { Move = added, Seconds = move.DefaultSeconds });
        }
    });

    public Task<IActionResult> OnPostRemoveAsync(string library, string slug, int index, CancellationToken ct) =>
        EditFormAsync(library, slug, ct, () =>
        {
            if (index >= 0 && index < Form.Items.Count)
            {
                Form.Items.RemoveAt(index);
            }
        });

    public Task<IActionResult> OnPostMoveUpAsync(string library, string slug, int index, CancellationToken ct) =>
        EditFormAsync(library, slug, ct, () => Swap(index, index - 1));

    public Task<IActionResult> OnPostMoveDownAsync(string library, string slug, int index, CancellationToken ct) =>
        EditFormAsync(library, slug, ct, () => Swap(index, index + 1));

    public Task<IActionResult> OnPostCheckAsync(string library, string slug, CancellationToken ct) =>
        EditFormAsync(library, slug, ct, () => { });

    public Task<IActionResult> OnPostSaveAsync(string library, string slug, CancellationToken ct) => SaveAsync(library, slug, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(string library, string slug, CancellationToken ct) => SaveAsync(library, slug, publish: true, ct);

    /// <summary>Takes the routine away from runners; sessions already playing it still finish and log.</summary>
    public async Task<IActionResult> OnPostArchiveAsync(string library, string slug, CancellationToken ct)
    {
        if (!await LoadAsync(library, slug, ct) || Record is null)
        {
            return NotFound();
        }
        Record.Status = ContentStatus.Archived;
        Record.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved or published by someone else since this page read it: show it as it is now, and say so.
            db.ChangeTracker.Clear();
            await LoadAsync(library, slug, ct);
            ModelState.Clear();
            Form = RoutineForm.From(Record!);
            Check();
            ModelState.AddModelError(string.Empty,
                $"Someone else saved or published {Record.Name} at the same moment, so it was not archived. It is shown as it is now; archive it again if you still want to.");
            return Page();
        }
        await libraryChanges.AnnounceAsync(ct);
        Message = $"Archived {Record.Name}: runners no longer see it.";
        return RedirectToPage(new { library, slug });
    }

    private async Task<IActionResult> EditFormAsync(string library, string slug, CancellationToken ct, Action change)
    {
        if (!await LoadAsync(library, slug, ct))
        {
            return NotFound();
        }
        // A form with values that could not be read is shown again with their errors, unchanged; else the
        // inputs must show the changed list, not the values as posted at their old positions.
        if (ModelState.IsValid)
        {
            ModelState.Clear();
            change();
        }
        Check();
        return Page();
    }

    private async Task<IActionResult> SaveAsync(string library, string slug, bool publish, CancellationToken ct)
    {
        if (!await LoadAsync(library, slug, ct))
        {
            return NotFound();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var newSlug = IsNew ? await SiteSlugs.FreeRoutineSlugAsync(db, Form.Name ?? "", new HashSet<string>()) : slug;
        var routine = Form.ToRoutine(newSlug, Moves, ModelState);
        if (routine is null)
        {
            return Page();
        }
        Timeline = TimelineBuilder.Build(routine);

        var record = Record ?? new RoutineRecord { LibraryId = Library.Id, Slug = newSlug, Name = routine.Name, Version = 0, Status = ContentStatus.Draft };
        if (Record is not null && Record.Revision != Form.Revision)
        {
            ModelState.AddModelError(string.Empty,
                $"Someone else saved this routine at {Record.UpdatedAt:HH:mm} UTC, after you opened it; it now has " +
                $"{string.Join(", ", Record.Items.OrderBy(i => i.Order).Select(i => i.Move!.Name))}. Your changes are still in the form. " +
                "Save again to replace their version with yours.");
            Form.Revision = Record.Revision;
            ModelState.Remove("Form.Revision");
            return Page();
        }

        record.Apply(routine, moveRecords.ToDictionary(m => m.Key, m => m.Value.Id), now);
        IReadOnlyList<MoveRecord> publishedMoves = [];
        if (publish)
        {
            var violations = Publishing.Check(routine, slug => moveRecords[slug].Status);
            if (violations.Count > 0)
            {
                ModelState.AddModelError(string.Empty, violations[0].Message);
                return Page();
            }
            publishedMoves = Publishing.Publish(record, routine, moveRecords, now);
        }
        if (Record is null)
        {
            db.Routines.Add(record);
        }
        else
        {
            db.Entry(record).Property(r => r.Revision).OriginalValue = Form.Revision;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else saved this routine a moment ago. Reload the page to see their version.");
            return Page();
        }
        catch (DbUpdateException) when (IsNew)
        {
            ModelState.AddModelError(string.Empty, "A routine with the same name was saved at the same moment. Save again.");
            return Page();
        }
        await libraryChanges.AnnounceAsync(ct);
        Message = !publish ? $"Saved {record.Name}."
            : publishedMoves.Count == 0 ? $"Published version {record.Version} of {record.Name}."
            : $"Published version {record.Version} of {record.Name}, and its moves {string.Join(", ", publishedMoves.Select(m => m.Name))}.";
        return RedirectToPage(new { library, slug = record.Slug });
    }

    private void Swap(int index, int other)
    {
        if (index >= 0 && other >= 0 && index < Form.Items.Count && other < Form.Items.Count)
        {
            (Form.Items[index], Form.Items[other]) = (Form.Items[other], Form.Items[index]);
        }
    }

    /// <summary>Runs the engine on the form as it stands, for its warnings; problems go by their fields.</summary>
    private void Check()
    {
        var scratch = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        var routine = Form.ToRoutine(Record?.Slug ?? SiteSlugs.New, Moves, scratch);
        Timeline = routine is null ? null : TimelineBuilder.Build(routine);
    }

    private async Task<bool> LoadAsync(string library, string slug, CancellationToken ct)
    {
        if (await db.EditableLibraryAsync(User, library, ct) is not { } found)
        {
            return false;
        }
        Library = found;
        var moves = await db.Moves.Where(m => m.LibraryId == found.Id).OrderBy(m => m.Name).ToListAsync(ct);
        moveRecords = moves.ToDictionary(m => m.Slug);
        Moves = moves.ToDictionary(m => m.Slug, m => m.ToMove());
        if (slug == SiteSlugs.New)
        {
            return true;
        }
        Record = await db.Routines.Include(r => r.Items).ThenInclude(i => i.Move)
            .FirstOrDefaultAsync(r => r.LibraryId == found.Id && r.Slug == slug, ct);
        return Record is not null;
    }
}
