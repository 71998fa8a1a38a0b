using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageRoutines.Web.Pages.Account;

[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class SignInModel(SignInManager<IdentityUser> signIn, MassageDbContext db) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Form.Email, Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(Form.Email);
            await RunnerIdentity.ClaimAsync(HttpContext, db, user!.Id);
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many wrong passwords: this account is locked for 15 minutes. Try again later."
            : "That email and password do not match an account.");
        return Page();
    }
}

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}
