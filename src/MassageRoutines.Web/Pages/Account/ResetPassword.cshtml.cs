using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>Where a reset link leads, from a mail or from a coach: choose a new password.</summary>
[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class ResetPasswordModel(AccountRecovery recovery, IStringLocalizer<Words> words) : PageModel
{
    public const string BadLink = "This link has expired or has been used already. Ask for a new one.";

    /// <summary>The account, and Identity's reset token, from the link.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ResetPasswordForm Form { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await recovery.ResetPasswordAsync(UserId, Code, Form.NewPassword);
        if (result is null)
        {
            ModelState.AddModelError(string.Empty, words[BadLink]);
            return Page();
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Form.NewPassword", error.Description);
            }
            return Page();
        }
        Changed = true;
        return Page();
    }
}

public sealed class ResetPasswordForm
{
    [Required(ErrorMessage = "Choose a password.")]
    [MinLength(AccountsSetup.MinPasswordLength, ErrorMessage = "Use at least {1} characters: a few words strung together work well.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmNewPassword { get; set; } = "";
}
