using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Calendar;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>
/// A group's join link, its members and its coaches. Its coaches replace the link and remove members;
/// the owner adds and removes coaches.
/// </summary>
public sealed class GroupModel(CoachGroups groups, CalendarFeeds calendars, IStringLocalizer<Words> words) : PageModel
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<GroupMemberView> Members { get; private set; } = [];
    public IReadOnlyList<SharingCoach> Coaches { get; private set; } = [];
    public bool IsOwner { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the email of a coach's account.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string CoachEmail { get; set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int group, CancellationToken ct) =>
        await LoadAsync(group, ct) ? Page() : NotFound();

    /// <summary>The owner adds another coach, who then sees this group's pages too.</summary>
    public async Task<IActionResult> OnPostAddCoachAsync(int group, CancellationToken ct)
    {
        if (!await LoadAsync(group, ct))
        {
            return NotFound();
        }
        if (!IsOwner)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var added = await groups.AddCoachAsync(Group, CoachEmail, ct);
        if (added.Problem is not null)
        {
            ModelState.AddModelError(nameof(CoachEmail), words[added.Problem]);
            return Page();
        }
        Message = words["{0} now coaches {1}.", added.Coach!.Email ?? "", Group.Name];
        return RedirectToPage(new { group });
    }

    /// <summary>A new join link; the old one stops working at once.</summary>
    public async Task<IActionResult> OnPostReplaceLinkAsync(int group, CancellationToken ct)
    {
        if (!await LoadAsync(group, ct))
        {
            return NotFound();
        }
        await groups.ReplaceJoinLinkAsync(Group, ct);
        Message = words["{0} has a new join link. The old one no longer works; members stay members.", Group.Name];
        return RedirectToPage(new { group });
    }

    /// <summary>A new address for the group's calendar feed, by any of its coaches; the old one answers 404 from now on.</summary>
    public async Task<IActionResult> OnPostReplaceCalendarAsync(int group, CancellationToken ct)
    {
        if (!await calendars.ReplaceGroupTokenAsync(User, group, ct))
        {
            return NotFound();
        }
        Message = words["The plan's calendar has a new address. The old one no longer works: subscribe again with the new one."];
        return RedirectToPage(new { group });
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int group, string? member, CancellationToken ct)
    {
        if (!await LoadAsync(group, ct) || await groups.RemoveMemberAsync(Group, member ?? "", ct) is not { } email)
        {
            return NotFound();
        }
        Message = words["Removed {0} from {1}.", email, Group.Name];
        return RedirectToPage(new { group });
    }

    /// <summary>The owner removes another coach.</summary>
    public async Task<IActionResult> OnPostRemoveCoachAsync(int group, string? coach, CancellationToken ct)
    {
        if (!await LoadAsync(group, ct))
        {
            return NotFound();
        }
        if (!IsOwner)
        {
            return Forbid();
        }
        if (await groups.RemoveCoachAsync(Group, coach ?? "", ct) is not { } email)
        {
            return NotFound();
        }
        Message = words["{0} no longer coaches {1}.", email, Group.Name];
        return RedirectToPage(new { group });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await groups.FindAsync(User, id, ct) is not { } found)
        {
            return false;
        }
        (Group, Members, Coaches, IsOwner) = found;
        return true;
    }
}
