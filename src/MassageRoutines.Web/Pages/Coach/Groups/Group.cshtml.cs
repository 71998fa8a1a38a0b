using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>A group's join link, its members and its coaches; the owner adds coaches.</summary>
public sealed class GroupModel(MassageDbContext db, UserManager<IdentityUser> users) : PageModel
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

        if (await users.FindCoachByEmailAsync(CoachEmail) is not { } coach)
        {
            ModelState.AddModelError(nameof(CoachEmail), CoachAccounts.NotFoundMessage);
            return Page();
        }
        if (await db.GroupCoaches.AnyAsync(c => c.GroupId == Group.Id && c.UserId == coach.Id, ct))
        {
            ModelState.AddModelError(nameof(CoachEmail), "That coach already coaches this group.");
            return Page();
        }

        db.GroupCoaches.Add(new GroupCoach { GroupId = Group.Id, UserId = coach.Id });
        await db.SaveChangesAsync(ct);
        Message = $"{coach.Email} now coaches {Group.Name}.";
        return RedirectToPage(new { group });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(User, id, ct) is not { } group)
        {
            return false;
        }
        Group = group;
        Members = await db.MembersAsync(id, ct);
        Coaches = await db.CoachEmailsAsync(id, ct);
        var userId = User.UserId();
        IsOwner = await db.GroupCoaches.AnyAsync(c => c.GroupId == id && c.UserId == userId && c.IsOwner, ct);
        return true;
    }
}
