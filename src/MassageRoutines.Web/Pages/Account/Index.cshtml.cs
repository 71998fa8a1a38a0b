using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

[Authorize]
public sealed class IndexModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    public ChangePasswordForm Form { get; set; } = new();

    public string Email { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Form.CurrentPassword, Form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Form.CurrentPassword" : "Form.NewPassword", error.Description);
            }
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Message = "Your password is changed.";
        return RedirectToPage();
    }

    private async Task<IdentityUser> LoadAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        Email = user.Email ?? "";
        Roles = await users.GetRolesAsync(user);
        return user;
    }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [MinLength(AccountsSetup.MinPasswordLength, ErrorMessage = "Use at least {1} characters.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmNewPassword { get; set; } = "";
}
