using Microsoft.AspNetCore.Identity;

namespace MassageRoutines.Web.Accounts;

/// <summary>Finding another coach by email, for the pages where an owner shares a library or a group.</summary>
public static class CoachAccounts
{
    public const string NotFoundMessage = "There is no coach with that email. Make them a coach on the Coaches page first.";

    /// <returns>The account with that email when it is a coach's; null otherwise.</returns>
    public static async Task<IdentityUser?> FindCoachByEmailAsync(this UserManager<IdentityUser> users, string email) =>
        await users.FindByEmailAsync(email.Trim()) is { } user && await users.IsInRoleAsync(user, AccountsSetup.CoachRole)
            ? user
            : null;
}
