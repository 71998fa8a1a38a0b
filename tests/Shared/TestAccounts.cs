using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Testing;

/// <summary>Accounts made straight through the app's UserManager, for tests that need someone signed in.</summary>
public static class TestAccounts
{
    public const string Password = "a long enough test password";

    /// <summary>Makes an account with the roles given (always Runner) and returns its user id.</summary>
    public static async Task<string> CreateUserAsync(this AppFactory app, string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, [AccountsSetup.RunnerRole, .. roles]));
        return user.Id;
    }

    public static Task<string> CreateCoachAsync(this AppFactory app, string email) => app.CreateUserAsync(email, AccountsSetup.CoachRole);

    /// <summary>A library owned by the coach, holding a copy of the seeded one.</summary>
    public static async Task<Library> CreateLibraryAsync(this AppFactory app, string ownerId, string name, bool copyDefault = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        var source = copyDefault ? db.Libraries.Single(l => l.Slug == Library.DefaultSlug) : null;
        return await MassageRoutines.Web.Libraries.LibraryCopy.CreateAsync(db, name, ownerId, source, app.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
