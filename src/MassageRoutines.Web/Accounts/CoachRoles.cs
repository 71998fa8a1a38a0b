using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Accounts;

/// <summary>Taking the coach role back, so that the site always keeps at least one coach.</summary>
public sealed class CoachRoles(UserManager<IdentityUser> users, MassageDbContext db)
{
    /// <summary>
    /// Takes the coach role from the account, unless it is the last coach's. The account stays a runner.
    /// Its sign-in cookies still carry the role until Identity's security stamp validator re-reads the
    /// roles (at its ValidationInterval), so the /coach pages close to it from then on, without signing it out.
    /// </summary>
    public async Task<(CoachRoleTaken Outcome, IdentityUser? Account)> TakeAsync(string userId, CancellationToken ct)
    {
        // Two coaches taking the role from each other at once must not both succeed: writing the role's
        // own row first makes such takes wait for each other (a row lock on PostgreSQL; SQLite's
        // transactions already take turns), so each counts the coaches the other left.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Roles.Where(r => r.Name == AccountsSetup.CoachRole)
            .ExecuteUpdateAsync(role => role.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp), ct);
        if (await users.FindByIdAsync(userId) is not { } account || !await users.IsInRoleAsync(account, AccountsSetup.CoachRole))
        {
            return (CoachRoleTaken.NotACoach, null);
        }
        if ((await users.GetUsersInRoleAsync(AccountsSetup.CoachRole)).Count <= 1)
        {
            return (CoachRoleTaken.LastCoach, account);
        }
        var result = await users.RemoveFromRoleAsync(account, AccountsSetup.CoachRole);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await transaction.CommitAsync(ct);
        return (CoachRoleTaken.Taken, account);
    }
}
