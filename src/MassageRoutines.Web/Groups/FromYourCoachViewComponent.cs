using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;

namespace MassageRoutines.Web.Groups;

/// <summary>
/// "From your coach" on the home page: what a member's groups plan for today. Signed-in only, so the
/// home page's cached copy (for anonymous visitors) never holds it; nothing shows outside any group.
/// </summary>
public sealed class FromYourCoachViewComponent(MassageDbContext db, PublishedLibrary library, TimeProvider time, SiteTimeZone zone) : ViewComponent
{
    public sealed record Today(DateOnly Day, IReadOnlyList<(MemberPlan Plan, PlanDay Day)> Groups);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.User.Identity?.IsAuthenticated != true)
        {
            return Content("");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var plans = await WeekPlan.ForMemberAsync(db, library, HttpContext.User.UserId(), now, zone, HttpContext.RequestAborted);
        if (plans.Count == 0)
        {
            return Content("");
        }
        var today = zone.DayOf(now);
        return View(new Today(today, plans.Select(p => (p, p.Days.Single(d => d.Day == today))).ToList()));
    }
}
