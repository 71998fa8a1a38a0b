using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>
/// A group's weekly plan: published routines of the coach's libraries, or routines built for the coach
/// and kept under My routines (by the coach's name for them), on days of the week or every day.
/// </summary>
public sealed class PlanModel(MassageDbContext db, PublishedLibrary library) : PageModel
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<PlanItem> Items { get; private set; } = [];

    /// <summary>The routines planned, by slug; one missing is no longer published.</summary>
    public IReadOnlyDictionary<string, PublishedRoutine> Planned { get; private set; } = new Dictionary<string, PublishedRoutine>();

    /// <summary>What this coach may add: the published routines of the libraries they edit, then the ones they keep.</summary>
    public IReadOnlyList<PlanChoice> Offered { get; private set; } = [];

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
        var item = Form.ToItem(ModelState, Offered);
        if (item is not null && Items.Any(i => i.RoutineSlug == item.RoutineSlug && i.Timing == item.Timing))
        {
            ModelState.AddModelError("Form.Routine", "That routine is already planned for that time. Remove it first to plan it on other days.");
        }
        if (Items.Count >= Group.MaxPlanItems)
        {
            ModelState.AddModelError(string.Empty, $"A plan holds at most {Group.MaxPlanItems} routines. Remove one first.");
        }
        if (item is null || !ModelState.IsValid)
        {
            return Page();
        }

        item.GroupId = Group.Id;
        db.PlanItems.Add(item);
        await db.SaveChangesAsync(ct);
        Message = $"Added {Offered.First(c => c.Slug == item.RoutineSlug).Name}: {PlanWords.Describe(item)}.";
        return RedirectToPage(new { group });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int group, int item, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(User, group, ct) is null)
        {
            return NotFound();
        }
        var removed = await db.PlanItems.Where(i => i.Id == item && i.GroupId == group).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            return NotFound();
        }
        Message = "Removed from the plan.";
        return RedirectToPage(new { group });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(User, id, ct) is not { } group)
        {
            return false;
        }
        Group = group;
        Items = await db.PlanItems.AsNoTracking().Where(i => i.GroupId == id).OrderBy(i => i.Timing).ThenBy(i => i.Id).ToListAsync(ct);
        var libraries = await db.Libraries.EditableBy(User).Select(l => l.Id).ToListAsync(ct);
        var userId = User.UserId();
        // A kept routine is offered from its own row: only its phase is shown, so no second read and no timeline.
        var kept = await db.SavedRoutines.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Name, s.BuiltRoutine }).ToListAsync(ct);
        Planned = await library.RoutinesAsync(Items.Select(i => i.RoutineSlug).Distinct().ToList());
        Offered =
        [
            .. (await library.RoutinesAsync(libraries)).Select(r => new PlanChoice(r.Routine.Slug, r.Routine.Name, r.Routine.Phase, r.LibraryName, null)),
            .. kept.Select(k => new PlanChoice(k.BuiltRoutine!.Slug, k.Name, k.BuiltRoutine.ToRoutine().Phase, PlanChoice.KeptGroup, k.Name)),
        ];
        return true;
    }
}

/// <summary>A routine the coach may plan, under the library it is from or under My routines.</summary>
/// <param name="PlannedName">The name the plan gives it: the coach's own for a kept routine, null for a library's.</param>
public sealed record PlanChoice(string Slug, string Name, Phase Phase, string From, string? PlannedName)
{
    public const string KeptGroup = "My routines";
}

/// <summary>One routine to add to a plan, as the form posts it: a routine's slug, when, and (unless daily) the days.</summary>
public sealed class PlanItemForm
{
    public string? Routine { get; set; }
    public string? Timing { get; set; }
    public List<string> Days { get; set; } = [];

    /// <summary>The plan item, or null with each problem added to its field.</summary>
    public PlanItem? ToItem(ModelStateDictionary errors, IReadOnlyList<PlanChoice> offered)
    {
        var choice = offered.FirstOrDefault(c => c.Slug == Routine);
        if (choice is null)
        {
            errors.AddModelError("Form.Routine", "Choose one of the routines listed.");
        }
        var timing = Kebab.Parse<PlanTiming>(Timing, message => errors.AddModelError("Form.Timing", message), required: true);
        var days = Kebab.ParseAll<DayOfWeek>(Days, message => errors.AddModelError("Form.Days", message)).Distinct().ToList();
        if (timing is PlanTiming.BeforeRun or PlanTiming.AfterRun && days.Count == 0 && Days.Count == 0)
        {
            errors.AddModelError("Form.Days", "Tick the days of the week it is for, or choose every day.");
        }
        if (!errors.IsValid || timing is null || choice is null)
        {
            return null;
        }
        return new PlanItem { RoutineSlug = choice.Slug, Name = choice.PlannedName, Timing = timing.Value, Days = timing == PlanTiming.Daily ? [] : days };
    }
}
