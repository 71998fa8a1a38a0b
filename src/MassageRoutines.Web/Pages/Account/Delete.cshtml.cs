using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>Deletes the account and everything the app holds about it, once the password is entered again.</summary>
[Authorize]
public sealed class DeleteModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, MassageDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password to delete your account.")]
    public string Password { get; set; } = "";

    public bool Deleted { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        // Wrong passwords count towards the lockout, as at sign-in, so this form cannot be used to guess one.
        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), check.IsLockedOut
                ? "Too many wrong passwords: this account is locked for 15 minutes. Try again later."
                : "That is not your password.");
            return Page();
        }
        var who = DataSubject.Account(user.Id);
        var blockers = await PersonalData.BlockersAsync(db, who, ct);
        if (blockers.Count > 0)
        {
            foreach (var blocker in blockers)
            {
                ModelState.AddModelError(string.Empty, blocker);
            }
            return Page();
        }

        await PersonalData.DeleteAsync(db, who, ct);
        await signIn.SignOutAsync();
        RunnerIdentity.Forget(HttpContext);
        // This response already has no one signed in: the header shows the sign-in link.
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        Deleted = true;
        return Page();
    }
}
