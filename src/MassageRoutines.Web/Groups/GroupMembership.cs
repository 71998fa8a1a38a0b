using System.Security.Claims;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Groups;

/// <summary>What a runner sees at a group's join link: the group, its coaches, and exactly what the coaches will see of them.</summary>
public sealed record JoinPreview(Group Group, IReadOnlyList<string> Coaches, GroupAdherence Preview, bool IsMember);

/// <summary>A member's side of a group: joining by its link, this week's plans, and leaving at any time.</summary>
public sealed class GroupMembership(MassageDbContext db, UserManager<IdentityUser> users, PublishedLibrary library, TimeProvider time, SiteTimeZone zone)
{
    /// <summary>What joining would share, drawn from the runner's own sessions; null for an unknown link.</summary>
    public async Task<JoinPreview?> PreviewAsync(ClaimsPrincipal runner, string token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } group)
        {
            return null;
        }
        var coaches = await db.CoachEmailsAsync(group.Id, ct);
        var userId = runner.UserId();
        var isMember = await IsMemberAsync(group.Id, userId, ct);
        var email = (await users.GetUserAsync(runner))?.Email ?? "";
        var preview = await Adherence.PreviewAsync(db, group.Id, userId, email, time.GetUtcNow().UtcDateTime, zone, ct);
        return new JoinPreview(group, coaches, preview, isMember);
    }

    /// <summary>Makes the runner a member (joining twice is harmless). Returns the group's name, or null for an unknown link.</summary>
    public async Task<string?> JoinAsync(string userId, string token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } group)
        {
            return null;
        }
        if (!await IsMemberAsync(group.Id, userId, ct))
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
        return group.Name;
    }

    /// <summary>This week's plan from each of the member's groups, with what is done, and today in the site's zone.</summary>
    public async Task<(DateOnly Today, IReadOnlyList<MemberPlan> Plans)> ThisWeekAsync(string userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return (zone.DayOf(now), await WeekPlan.ForMemberAsync(db, library, userId, now, zone, ct));
    }

    /// <summary>
    /// Leaves the group at once: its coaches see none of this runner's data from the next page they load.
    /// Returns the group's name, or null when the runner was not a member.
    /// </summary>
    public async Task<string?> LeaveAsync(string userId, int group, CancellationToken ct)
    {
        var name = await db.GroupMembers.Where(m => m.GroupId == group && m.UserId == userId).Select(m => m.Group!.Name).FirstOrDefaultAsync(ct);
        if (name is null || await db.GroupMembers.Where(m => m.GroupId == group && m.UserId == userId).ExecuteDeleteAsync(ct) == 0)
        {
            return null;
        }
        return name;
    }

    private Task<Group?> FindAsync(string token, CancellationToken ct) =>
        db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.JoinToken == token, ct);

    private Task<bool> IsMemberAsync(int group, string userId, CancellationToken ct) =>
        db.GroupMembers.AnyAsync(m => m.GroupId == group && m.UserId == userId, ct);
}
