using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Groups;

/// <summary>
/// A group's join link. A signed-in runner sees the group, its coaches and exactly what the coaches
/// will see of them (drawn from their own sessions by the coaches' own partial), and then joins.
/// </summary>
[Authorize]
public sealed class JoinModel(MassageDbContext db, UserManager<IdentityUser> users, TimeProvider time, SiteTimeZone zone) : PageModel
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<string> Coaches { get; private set; } = [];
    public GroupAdherence Preview { get; private set; } = null!;
    public bool IsMember { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.JoinToken == token, ct) is not { } group)
        {
            return NotFound();
        }
        Group = group;
        Coaches = await db.CoachEmailsAsync(group.Id, ct);
        var userId = User.UserId();
        IsMember = await db.GroupMembers.AnyAsync(m => m.GroupId == group.Id && m.UserId == userId, ct);
        var email = (await users.GetUserAsync(User))?.Email ?? "";
        Preview = await Adherence.PreviewAsync(db, group.Id, userId, email, time.GetUtcNow().UtcDateTime, zone, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.JoinToken == token, ct) is not { } group)
        {
            return NotFound();
        }
        var userId = User.UserId();
        if (!await db.GroupMembers.AnyAsync(m => m.GroupId == group.Id && m.UserId == userId, ct))
        {
            db.GroupMembers.Add(new GroupMember { GroupId = group.Id, UserId = userId, JoinedAt = time.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same runner joined at the same moment (a double click): they are a member either way.
            }
        }
        Message = $"You joined {group.Name}.";
        return RedirectToPage("/Plan/Index");
    }
}
