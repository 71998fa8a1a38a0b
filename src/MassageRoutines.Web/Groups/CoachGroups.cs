using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Groups;

public sealed record GroupSummary(int Id, string Name, int Members, int PlanItems);

/// <summary>A group as its coaches see it: the members, the coaches (the owner first), and whether this coach is the owner.</summary>
public sealed record CoachedGroup(Group Group, IReadOnlyList<GroupMemberView> Members, IReadOnlyList<SharingCoach> Coaches, bool IsOwner);

/// <summary>
/// A coach's groups: making one, its members and coaches, adding a coach, and how members kept to the plan;
/// and taking back what was given: a new join link, a member removed, a co-coach removed.
/// </summary>
public sealed class CoachGroups(MassageDbContext db, UserManager<IdentityUser> users, TimeProvider time, SiteTimeZone zone)
{
    public Task<List<GroupSummary>> ListAsync(ClaimsPrincipal coach, CancellationToken ct) =>
        db.Groups.CoachedBy(coach).OrderBy(g => g.Name)
            .Select(g => new GroupSummary(g.Id, g.Name, g.Members.Count, g.Plan.Count)).ToListAsync(ct);

    /// <summary>Makes a group owned by the coach, with a fresh join link. Returns its id.</summary>
    public async Task<int> CreateAsync(ClaimsPrincipal coach, string name, CancellationToken ct)
    {
        var group = new Group
        {
            Name = name.Trim(),
            JoinToken = NewJoinToken(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Coaches = [new GroupCoach { UserId = coach.UserId(), IsOwner = true }],
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return group.Id;
    }

    /// <summary>The group, when this coach is one of its coaches; null otherwise.</summary>
    public async Task<CoachedGroup?> FindAsync(ClaimsPrincipal coach, int id, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(coach, id, ct) is not { } group)
        {
            return null;
        }
        var userId = coach.UserId();
        return new CoachedGroup(group, await db.MembersAsync(id, ct), await db.CoachesAsync(id, ct),
            await db.GroupCoaches.AnyAsync(c => c.GroupId == id && c.UserId == userId && c.IsOwner, ct));
    }

    /// <summary>The owner adds another coach by the email of their account, who then sees this group's pages too.</summary>
    public async Task<CoachToAdd> AddCoachAsync(Group group, string email, CancellationToken ct)
    {
        var found = await users.FindCoachToAddAsync(email,
            id => db.GroupCoaches.AnyAsync(c => c.GroupId == group.Id && c.UserId == id, ct),
            "That coach already coaches this group.");
        if (found.Coach is { } coach)
        {
            db.GroupCoaches.Add(new GroupCoach { GroupId = group.Id, UserId = coach.Id });
            await db.SaveChangesAsync(ct);
        }
        return found;
    }

    /// <summary>A new join link for the group: the old one answers 404 from now on; members stay members.</summary>
    public async Task ReplaceJoinLinkAsync(Group group, CancellationToken ct)
    {
        var token = NewJoinToken();
        await db.Groups.Where(g => g.Id == group.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.JoinToken, token), ct);
        group.JoinToken = token;
    }

    /// <summary>
    /// Removes a member, as if they had left: they no longer get the group's plan, and its coaches see
    /// none of their data from the next page they load. Returns their email, or null when they were not a member.
    /// </summary>
    public async Task<string?> RemoveMemberAsync(Group group, string userId, CancellationToken ct)
    {
        var email = (await db.MembersAsync(group.Id, ct)).FirstOrDefault(m => m.UserId == userId)?.Email;
        if (email is null || await db.GroupMembers.Where(m => m.GroupId == group.Id && m.UserId == userId).ExecuteDeleteAsync(ct) == 0)
        {
            return null;
        }
        return email;
    }

    /// <summary>
    /// The owner removes another coach, who then gets "not found" for every page of the group. The owner
    /// is never removed. Returns the coach's email, or null when they were not a co-coach.
    /// </summary>
    public async Task<string?> RemoveCoachAsync(Group group, string userId, CancellationToken ct)
    {
        var email = (await db.CoachesAsync(group.Id, ct)).FirstOrDefault(c => c.UserId == userId && !c.IsOwner)?.Email;
        if (email is null || await db.GroupCoaches.Where(c => c.GroupId == group.Id && c.UserId == userId && !c.IsOwner).ExecuteDeleteAsync(ct) == 0)
        {
            return null;
        }
        return email;
    }

    /// <summary>How each member kept to the plan over the last four weeks; null when this coach does not coach the group.</summary>
    public async Task<(Group Group, GroupAdherence Adherence)?> AdherenceAsync(ClaimsPrincipal coach, int id, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(coach, id, ct) is not { } group)
        {
            return null;
        }
        return (group, await Adherence.OfGroupAsync(db, group.Id, time.GetUtcNow().UtcDateTime, zone, ct));
    }

    private static string NewJoinToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
