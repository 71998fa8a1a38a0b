using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Plan;

/// <summary>This week's plan from each of the runner's groups, with what is done; and leaving a group.</summary>
[Authorize]
public sealed class IndexModel(MassageDbContext db, PublishedLibrary library, TimeProvider time, SiteTimeZone zone) : PageModel
{
    public IReadOnlyList<MemberPlan> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        Today = zone.DayOf(now);
        Plans = await WeekPlan.ForMemberAsync(db, library, User.UserId(), now, zone, ct);
    }

    /// <summary>Leaves the group at once: its coaches see none of this runner's data from the next page they load.</summary>
    public async Task<IActionResult> OnPostLeaveAsync(int group, CancellationToken ct)
    {
        var userId = User.UserId();
        var name = await db.GroupMembers.Where(m => m.GroupId == group && m.UserId == userId).Select(m => m.Group!.Name).FirstOrDefaultAsync(ct);
        if (name is null || await db.GroupMembers.Where(m => m.GroupId == group && m.UserId == userId).ExecuteDeleteAsync(ct) == 0)
        {
            return NotFound();
        }
        Message = $"You left {name}. Its coaches no longer see any of your data.";
        return RedirectToPage();
    }
}
