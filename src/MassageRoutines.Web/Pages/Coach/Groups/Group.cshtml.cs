using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>A group's join link, its members and its coaches; the owner adds coaches.</summary>
public sealed class GroupModel(CoachGroups groups) : PageModel
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<GroupMemberView> Members { get; private set; } = [];
    public IReadOnlyList<string> Coaches { get; private set; } = [];
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
            ModelState.AddModelError(nameof(CoachEmail), added.Problem);
            return Page();
        }
        Message = $"{added.Coach!.Email} now coaches {Group.Name}.";
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
