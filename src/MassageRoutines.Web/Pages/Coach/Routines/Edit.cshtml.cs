using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Pages.Coach.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Routines;

/// <summary>
/// Makes or edits a routine ("new" in the URL makes one). Adding, removing and reordering moves only
/// change the form, each answered with the engine's warnings for it; Save keeps the working copy and
/// Publish also makes it the version runners get.
/// </summary>
public sealed class EditModel(RoutineEditing editing, IStringLocalizer<Words> words) : PageModel
{
    public Library Library { get; private set; } = null!;
    public RoutineRecord? Record { get; private set; }
    public bool IsNew => Record is null;
    public IReadOnlyDictionary<string, Move> Moves => editor.Moves;
    private RoutineInEditor editor = null!;

    /// <summary>What the engine says about the routine in the form, when it is complete enough to play.</summary>
    public Timeline? Timeline { get; private set; }

    /// <summary>The version someone else saved while this coach was editing.</summary>
    public Routine? TheirVersion { get; private set; }

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
        var result = await editing.ArchiveAsync(editor, ct);
        if (!result.Archived)
        {
            // Saved or published by someone else since this page read it: show it as it is now, and say so.
            Use(result.Now);
            ModelState.Clear();
            Form = RoutineForm.From(Record!);
            Check();
            ModelState.AddModelError(string.Empty,
                words["Someone else saved or published {0} at the same moment, so it was not archived. It is shown as it is now; archive it again if you still want to.", Record!.Name]);
            return Page();
        }
        Message = words["Archived {0}: runners no longer see it.", Record.Name];
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
        var routine = Form.ToRoutine(slug, Moves, ModelState, words);
        if (routine is null)
        {
            return Page();
        }
        Timeline = TimelineBuilder.Build(routine);

        var result = await editing.SaveAsync(editor, routine, Form.Revision, publish, ct);
        if (result.Conflict is { } conflict)
        {
            TheirVersion = ModelState.Show(conflict, words, out var revision);
            Form.Revision = revision;
            return Page();
        }
        if (result.Refused is { } refused)
        {
            ModelState.AddModelError(refused.Field == "" ? "" : RoutineForm.Fields.Of(refused.Field), words.Say(refused.Says));
            return Page();
        }
        var (record, publishedMoves) = result.Saved!;
        Message = !publish ? words["Saved {0}.", record.Name]
            : publishedMoves.Count == 0 ? words["Published version {0} of {1}.", record.Version, record.Name]
            : words["Published version {0} of {1}, and its moves {2}.", record.Version, record.Name, string.Join(", ", publishedMoves.Select(m => m.Name))];
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
        var scratch = new ModelStateDictionary();
        var routine = Form.ToRoutine(Record?.Slug ?? SiteSlugs.New, Moves, scratch, words);
        Timeline = routine is null ? null : TimelineBuilder.Build(routine);
    }

    private async Task<bool> LoadAsync(string library, string slug, CancellationToken ct)
    {
        if (await editing.OpenAsync(User, library, slug, ct) is not { } opened)
        {
            return false;
        }
        Use(opened);
        return opened.Found;
    }

    private void Use(RoutineInEditor opened)
    {
        editor = opened;
        Library = opened.Library;
        Record = opened.Record;
    }
}
