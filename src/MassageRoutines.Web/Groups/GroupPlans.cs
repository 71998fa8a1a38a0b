using System.Security.Claims;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Groups;

/// <summary>A group's plan as its coach edits it.</summary>
/// <param name="Planned">The routines planned, by slug; one missing is no longer published.</param>
/// <param name="Offered">What this coach may add: the published routines of the libraries they edit, then the site's other
/// published routines (the ones every runner sees), then the ones they keep.</param>
public sealed record PlanEditor(Group Group, IReadOnlyList<PlanItem> Items, IReadOnlyDictionary<string, PublishedRoutine> Planned,
    IReadOnlyList<PlanChoice> Offered);

/// <summary>
/// A group's weekly plan: any routine published on the site (the coach's own libraries' first), or routines
/// built for the coach and kept under My routines (by the coach's name for them), on days of the week or every day.
/// </summary>
public sealed class GroupPlans(MassageDbContext db, PublishedLibrary library, IStringLocalizer<Words> t)
{
    /// <summary>The plan and what may be added to it; null when this coach does not coach the group.</summary>
    public async Task<PlanEditor?> EditorAsync(ClaimsPrincipal coach, int id, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(coach, id, ct) is not { } group)
        {
            return null;
        }
        var items = await db.PlanItems.AsNoTracking().Where(i => i.GroupId == id).OrderBy(i => i.Timing).ThenBy(i => i.Id).ToListAsync(ct);
        var libraries = await db.Libraries.EditableBy(coach).Select(l => l.Id).ToListAsync(ct);
        var userId = coach.UserId();
        // A kept routine is offered from its own row: only its phase is shown, so no second read and no timeline.
        var kept = await db.SavedRoutines.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Name, s.BuiltRoutine }).ToListAsync(ct);
        var planned = await library.RoutinesAsync(items.Select(i => i.RoutineSlug).Distinct().ToList());
        var own = await library.RoutinesAsync(libraries);
        var ownSlugs = own.Select(r => r.Routine.Slug).ToHashSet();
        List<PlanChoice> offered =
        [
            .. own.Select(r => new PlanChoice(r.Routine.Slug, r.Routine.Name, r.Routine.Phase, r.LibraryName, null)),
            // What every runner already sees on /routines, from any library; a new coach plans these without copying anything.
            .. (await library.RoutinesAsync()).Where(r => !ownSlugs.Contains(r.Routine.Slug))
                .Select(r => new PlanChoice(r.Routine.Slug, r.Routine.Name, r.Routine.Phase, PlanChoice.SiteGroup, null)),
            .. kept.Select(k => new PlanChoice(k.BuiltRoutine!.Slug, k.Name, k.BuiltRoutine.ToRoutine().Phase, PlanChoice.KeptGroup, k.Name)),
        ];
        return new PlanEditor(group, items, planned, offered);
    }

    /// <summary>
    /// Adds the routine the form names to the plan, unless <paramref name="errors"/> holds a problem already or
    /// gets one here. Returns the item added, or null when nothing was written.
    /// </summary>
    public async Task<PlanItem?> AddAsync(PlanEditor plan, PlanItemForm form, ModelStateDictionary errors, CancellationToken ct)
    {
        var item = form.ToItem(errors, plan.Offered, t);
        if (item is not null && plan.Items.Any(i => i.RoutineSlug == item.RoutineSlug && i.Timing == item.Timing))
        {
            errors.AddModelError("Form.Routine", t["That routine is already planned for that time. Remove it first to plan it on other days."]);
        }
        if (plan.Items.Count >= Group.MaxPlanItems)
        {
            errors.AddModelError(string.Empty, t["A plan holds at most {0} routines. Remove one first.", Group.MaxPlanItems]);
        }
        if (item is null || !errors.IsValid)
        {
            return null;
        }

        item.GroupId = plan.Group.Id;
        db.PlanItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Removes one item of the plan; false when this coach does not coach the group or the item is not in its plan.</summary>
    public async Task<bool> RemoveAsync(ClaimsPrincipal coach, int group, int item, CancellationToken ct) =>
        await db.CoachedGroupAsync(coach, group, ct) is not null
        && await db.PlanItems.Where(i => i.Id == item && i.GroupId == group).ExecuteDeleteAsync(ct) > 0;
}
