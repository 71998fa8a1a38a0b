using Microsoft.AspNetCore.Identity;

namespace MassageRoutines.Web.Accounts;

/// <summary>A coach who shares a library or a group, as its page lists them.</summary>
public sealed class SharingCoach
{
    public string UserId { get; init; } = "";
    public string Email { get; init; } = "";
    public bool IsOwner { get; init; }
}

/// <summary>The coach to add, or the problem to show at the email field instead.</summary>
public sealed record CoachToAdd(IdentityUser? Coach, string? Problem);

/// <summary>What taking the coach role from an account came to.</summary>
public enum CoachRoleTaken
{
    Taken,
    NotACoach,
    LastCoach,
}

/// <summary>
/// Finding another coach by email, and listing coaches, for the pages where an owner shares a library or a group;
/// and taking the coach role back on the Coaches page.
/// </summary>
public static class CoachAccounts
{
    public const string NotFoundMessage = "There is no coach with that email. Make them a coach on the Coaches page first.";

    /// <returns>The account with that email when it is a coach's; null otherwise.</returns>
    public static async Task<IdentityUser?> FindCoachByEmailAsync(this UserManager<IdentityUser> users, string email) =>
        await users.FindByEmailAsync(email.Trim()) is { } user && await users.IsInRoleAsync(user, AccountsSetup.CoachRole)
            ? user
            : null;

    /// <summary>"Add another coach": the coach with that email, unless there is none or they are in already.</summary>
    /// <param name="isIn">Whether the coach (by user id) already shares the library or group.</param>
    /// <param name="alreadyInMessage">What to say when they do ("That coach can already edit this library.").</param>
    public static async Task<CoachToAdd> FindCoachToAddAsync(this UserManager<IdentityUser> users, string email, Func<string, Task<bool>> isIn, string alreadyInMessage)
    {
        if (await users.FindCoachByEmailAsync(email) is not { } coach)
        {
            return new(null, NotFoundMessage);
        }
        return await isIn(coach.Id) ? new(null, alreadyInMessage) : new(coach, null);
    }

    /// <summary>Owners first, then by email: the order every list of sharing coaches shows.</summary>
    public static IOrderedQueryable<SharingCoach> OwnersFirst(this IQueryable<SharingCoach> coaches) =>
        coaches.OrderByDescending(c => c.IsOwner).ThenBy(c => c.Email);

    public const string LastCoachMessage = "There must always be a coach: make another account a coach before taking the role from the last one.";
}
