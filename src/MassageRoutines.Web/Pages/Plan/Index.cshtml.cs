using MassageRoutines.Web.Calendar;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Plan;

/// <summary>This week's plan from each of the runner's groups, with what is done; and leaving a group.</summary>
[Authorize]
public sealed class IndexModel(GroupMembership membership, CalendarFeeds calendars, IStringLocalizer<Words> words) : PageModel
{
    public IReadOnlyList<MemberPlan> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => (Today, Plans) = await membership.ThisWeekAsync(User.UserId(), ct);

    /// <summary>A new address for the runner's calendar feed; the old one answers 404 from now on.</summary>
    public async Task<IActionResult> OnPostReplaceCalendarAsync(CancellationToken ct)
    {
        await calendars.ReplaceMemberTokenAsync(User.UserId(), ct);
        Message = words["Your calendar has a new address. The old one no longer works: subscribe again with the new one."];
        return RedirectToPage();
    }

    /// <summary>Leaves the group at once: its coaches see none of this runner's data from the next page they load.</summary>
    public async Task<IActionResult> OnPostLeaveAsync(int group, CancellationToken ct)
    {
        if (await membership.LeaveAsync(User.UserId(), group, ct) is not { } name)
        {
            return NotFound();
        }
        Message = words["You left {0}. Its coaches no longer see any of your data.", name];
        return RedirectToPage();
    }
}
