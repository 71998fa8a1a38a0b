using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace MassageRoutines.Web.Languages;

/// <summary>Keeps a person's choice of language: in this browser's culture cookie, and on the account of a signed-in person.</summary>
public sealed class LanguageChoice(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(365);

    /// <summary>Remembers <paramref name="code"/> in this browser; false when the site does not speak it.</summary>
    public bool KeepInBrowser(HttpContext http, string code)
    {
        if (!LanguagesSetup.IsSpoken(code))
        {
            return false;
        }
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().Add(KeptFor),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
            });
        return true;
    }

    /// <summary>Remembers <paramref name="code"/> in this browser and, for a signed-in person, on their account and in their cookie.</summary>
    public async Task<bool> KeepAsync(HttpContext http, string code)
    {
        if (!KeepInBrowser(http, code))
        {
            return false;
        }
        var user = http.User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(http.User) : null;
        if (user is null)
        {
            return true;
        }
        var claims = await users.GetClaimsAsync(user);
        var kept = claims.FirstOrDefault(claim => claim.Type == AccountLanguageProvider.ClaimType);
        var chosen = new Claim(AccountLanguageProvider.ClaimType, code);
        var result = kept is null ? await users.AddClaimAsync(user, chosen) : await users.ReplaceClaimAsync(user, kept, chosen);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account's language could not be kept: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        await signIn.RefreshSignInAsync(user);
        return true;
    }
}
