using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>"Forgot your password?": mails a reset link, and answers the same whether or not the address has an account.</summary>
[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class ForgotPasswordModel(AccountRecovery recovery) : PageModel
{
    public const string Sent = "If an account has that address, a link to reset its password is on its way. It works for an hour.";

    [BindProperty]
    public ForgotPasswordForm Form { get; set; } = new();

    public bool MailIsSetUp => recovery.MailIsSetUp;

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || !MailIsSetUp)
        {
            return Page();
        }
        await recovery.MailResetLinkAsync(Request, Form.Email);
        Message = Sent;
        return RedirectToPage();
    }
}

public sealed class ForgotPasswordForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = "";
}
