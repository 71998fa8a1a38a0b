using MassageRoutines.Web.Accounts;
using System.Security.Claims;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Groups;

/// <summary>A member as the group's coaches see them: by the email of their account.</summary>
public sealed record GroupMemberView(string UserId, string Email, DateTime JoinedAt);

/// <summary>
/// A group's pages belong to its coaches: every /coach page needs the Coach role, and these add that
/// the coach is one of this group's. Anything else is answered as not found.
/// </summary>
public static class GroupAccess
{
    public static IQueryable<Group> CoachedBy(this IQueryable<Group> groups, ClaimsPrincipal user)
    {
        var id = user.UserId();
        return groups.Where(g => g.Coaches.Any(c => c.UserId == id));
    }

    public static Task<Group?> CoachedGroupAsync(this MassageDbContext db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        db.Groups.CoachedBy(user).FirstOrDefaultAsync(g => g.Id == id, ct);

    /// <summary>The members by email, as the group's coaches see them.</summary>
    public static Task<List<GroupMemberView>> MembersAsync(this MassageDbContext db, int groupId, CancellationToken ct) =>
        db.GroupMembers.Where(m => m.GroupId == groupId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, m.JoinedAt })
            .OrderBy(m => m.Email).Select(m => new GroupMemberView(m.UserId, m.Email ?? "", m.JoinedAt)).ToListAsync(ct);

    /// <summary>The coaches, the owner first.</summary>
    public static Task<List<SharingCoach>> CoachesAsync(this MassageDbContext db, int groupId, CancellationToken ct) =>
        db.GroupCoaches.Where(c => c.GroupId == groupId)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new SharingCoach { UserId = c.UserId, Email = u.Email ?? "", IsOwner = c.IsOwner })
            .OwnersFirst()
            .ToListAsync(ct);

    /// <summary>The coaches' emails, the owner first.</summary>
    public static async Task<List<string>> CoachEmailsAsync(this MassageDbContext db, int groupId, CancellationToken ct) =>
        (await db.CoachesAsync(groupId, ct)).Select(c => c.Email).ToList();
}
