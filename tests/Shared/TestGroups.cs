using MassageRoutines.Web.Data;

namespace MassageRoutines.Testing;

public static class TestGroups
{
    /// <summary>A group coached by the coach given, with these plan items and members; returns it with its ids.</summary>
    public static Task<Group> CreateGroupAsync(this AppFactory app, string coachId, string name, PlanItem[]? plan = null, params string[] members) =>
        app.WithDbAsync(async db =>
        {
            var group = new Group
            {
                Name = name,
                JoinToken = Guid.NewGuid().ToString("N"),
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                Coaches = [new GroupCoach { UserId = coachId, IsOwner = true }],
                Members = [.. members.Select(m => new GroupMember { UserId = m, JoinedAt = app.Clock.GetUtcNow().UtcDateTime })],
                Plan = [.. plan ?? []],
            };
            db.Groups.Add(group);
            await db.SaveChangesAsync();
            return group;
        });
}
