using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>A group's weekly plan, as <see cref="GroupPlans"/> keeps it: what is planned, and what the coach may add.</summary>
public sealed class PlanModel(GroupPlans plans, IStringLocalizer<Words> words) : PageModel
{
    private PlanEditor editor = null!;

    public Group Group => editor.Group;
    public IReadOnlyList<PlanItem> Items => editor.Items;

    /// <summary>The routines planned, by slug; one missing is no longer published.</summary>
    public IReadOnlyDictionary<string, PublishedRoutine> Planned => editor.Planned;

    /// <summary>What this coach may add: their libraries' published routines, the site's other published ones, then the ones they keep.</summary>
    public IReadOnlyList<PlanChoice> Offered => editor.Offered;

    [BindProperty]
    public PlanItemForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int group, CancellationToken ct) =>
        await LoadAsync(group, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int group, CancellationToken ct)
    {
        if (!await LoadAsync(group, ct))
        {
            return NotFound();
        }
        if (await plans.AddAsync(editor, Form, ModelState, ct) is not { } item)
        {
            return Page();
        }
        Message = words["Added {0}: {1}.", Offered.First(c => c.Slug == item.RoutineSlug).Name, PlanWords.Describe(item, words)];
        return RedirectToPage(new { group });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int group, int item, CancellationToken ct)
    {
        if (!await plans.RemoveAsync(User, group, item, ct))
        {
            return NotFound();
        }
        Message = words["Removed from the plan."];
        return RedirectToPage(new { group });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await plans.EditorAsync(User, id, ct) is not { } found)
        {
            return false;
        }
        editor = found;
        return true;
    }
}
