using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Groups;

/// <summary>A routine the coach may plan, under the coach's library it is from, the site's published routines, or My routines.</summary>
/// <param name="PlannedName">The name the plan gives it: the coach's own for a kept routine, null for a library's.</param>
public sealed record PlanChoice(string Slug, string Name, Phase Phase, string From, string? PlannedName)
{
    public const string KeptGroup = "My routines";

    /// <summary>The published routines of libraries the coach does not edit: the ones every runner sees.</summary>
    public const string SiteGroup = "Published on the site";
}

/// <summary>One routine to add to a plan, as the form posts it: a routine's slug, when, and (unless daily) the days.</summary>
public sealed class PlanItemForm
{
    public string? Routine { get; set; }
    public string? Timing { get; set; }
    public List<string> Days { get; set; } = [];

    /// <summary>The plan item, or null with each problem added to its field.</summary>
    public PlanItem? ToItem(ModelStateDictionary errors, IReadOnlyList<PlanChoice> offered, IStringLocalizer<Words> t)
    {
        var choice = offered.FirstOrDefault(c => c.Slug == Routine);
        if (choice is null)
        {
            errors.AddModelError("Form.Routine", t["Choose one of the routines listed."]);
        }
        var timing = Kebab.Parse<PlanTiming>(Timing, (Wording message) => errors.AddModelError("Form.Timing", t.Say(message)), required: true);
        var days = Kebab.ParseAll<DayOfWeek>(Days, (Wording message) => errors.AddModelError("Form.Days", t.Say(message))).Distinct().ToList();
        if (timing is PlanTiming.BeforeRun or PlanTiming.AfterRun && days.Count == 0 && Days.Count == 0)
        {
            errors.AddModelError("Form.Days", t["Tick the days of the week it is for, or choose every day."]);
        }
        if (!errors.IsValid || timing is null || choice is null)
        {
            return null;
        }
        return new PlanItem { RoutineSlug = choice.Slug, Name = choice.PlannedName, Timing = timing.Value, Days = timing == PlanTiming.Daily ? [] : days };
    }
}
