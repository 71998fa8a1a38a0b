using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageRoutines.Web.Pages.Account;

[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class RegisterModel(RunnerAccounts accounts) : PageModel
{
    [BindProperty]
    public RegisterForm Form { get; set; } = new();

    /// <summary>Where to go once registered, as at sign-in: a group's join link, say.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>With mail set up, once registered: the address the link went to.</summary>
    public string? MailedTo { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.RegisterAsync(HttpContext, Form.Email, Form.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldOf(error), error.Description);
            }
            return Page();
        }
        if (result.LinkMailed)
        {
            MailedTo = Form.Email;
            return Page();
        }
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Form.Password",
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => "Form.Email",
        _ => string.Empty,
    };
}

public sealed class RegisterForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [MinLength(AccountsSetup.MinPasswordLength, ErrorMessage = "Use at least {1} characters: a few words strung together work well.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmPassword { get; set; } = "";
}
