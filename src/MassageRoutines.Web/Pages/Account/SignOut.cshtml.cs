using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>
/// Asks, then ends the session and drops the sign-in cookie. The header links here rather than holding
/// a form, so pages do not each make an antiforgery token for a button that is rarely pressed.
/// </summary>
public sealed class SignOutModel(SignInManager<IdentityUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
