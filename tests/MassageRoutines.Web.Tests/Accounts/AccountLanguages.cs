using System.Security.Claims;
using MassageRoutines.Web.Languages;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Accounts;

internal static class AccountLanguages
{
    /// <summary>Keeps <paramref name="code"/> on the account, as choosing it on the account page does, without the account's cookie knowing yet.</summary>
    public static async Task KeepLanguageAsync(this AppFactory app, string email, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        await users.AddClaimAsync((await users.FindByEmailAsync(email))!, new Claim(AccountLanguageProvider.ClaimType, code));
    }
}
