using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace MassageRoutines.Web.Accounts;

/// <summary>
/// The first coach comes from the command line (later ones from /coach/team):
/// <c>dotnet run --project src/MassageRoutines.Web -- create-coach --email E --password P</c>,
/// or in the container, <c>docker run ... massage-routines create-coach --email E --password P</c>.
/// An existing account keeps its password and becomes a coach.
/// </summary>
public static class CreateCoachCommand
{
    public const string Name = "create-coach";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        var password = Option(args, "--password");
        if (email is null)
        {
            Console.Error.WriteLine("usage: create-coach --email E --password P");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            if (password is null)
            {
                Console.Error.WriteLine($"There is no account for {email}: give --password to make one.");
                return 2;
            }
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            if (!Report(await users.CreateAsync(user, password)))
            {
                return 1;
            }
        }

        foreach (var role in new[] { AccountsSetup.RunnerRole, AccountsSetup.CoachRole })
        {
            if (!await users.IsInRoleAsync(user, role) && !Report(await users.AddToRoleAsync(user, role)))
            {
                return 1;
            }
        }
        await transaction.CommitAsync();
        Console.WriteLine($"{email} is a coach.");
        return 0;
    }

    private static bool Report(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error.Description);
        }
        return result.Succeeded;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
