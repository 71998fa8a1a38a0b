using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Groups;

/// <summary>
/// A group's join link. A signed-in runner sees the group, its coaches and exactly what the coaches
/// will see of them (drawn from their own sessions by the coaches' own partial), and then joins.
/// </summary>
[Authorize]
public sealed class JoinModel(GroupMembership membership, IStringLocalizer<Words> words) : PageModel
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<string> Coaches { get; private set; } = [];
    public GroupAdherence Preview { get; private set; } = null!;
    public bool IsMember { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await membership.PreviewAsync(User, token, ct) is not { } found)
        {
            return NotFound();
        }
        (Group, Coaches, Preview, IsMember) = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await membership.JoinAsync(User.UserId(), token, ct) is not { } name)
        {
            return NotFound();
        }
        Message = words["You joined {0}.", name];
        return RedirectToPage("/Plan/Index");
    }
}
