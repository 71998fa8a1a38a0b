using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>Changes the password; every other browser signed in to the account is then signed out.</summary>
[Authorize]
public sealed class PasswordModel(RunnerAccounts accounts) : PageModel
{
    public const string Changed = "Your password is changed.";

    [BindProperty]
    public ChangePasswordForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.ChangePasswordAsync(HttpContext, Form.CurrentPassword, Form.NewPassword);
        if (result is null)
        {
            return Challenge();
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Form.CurrentPassword" : "Form.NewPassword", error.Description);
            }
            return Page();
        }

        TempData[nameof(IndexModel.Message)] = Changed;
        return RedirectToPage("/Account/Index");
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
