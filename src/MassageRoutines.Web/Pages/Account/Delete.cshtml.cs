using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>Deletes the account and everything the app holds about it, once the password is entered again.</summary>
[Authorize]
public sealed class DeleteModel(RunnerAccounts accounts) : PageModel
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
        var deletion = await accounts.DeleteAsync(HttpContext, Password, ct);
        if (deletion.PasswordError is { } wrong)
        {
            ModelState.AddModelError(nameof(Password), wrong);
        }
        foreach (var blocker in deletion.Blockers)
        {
            ModelState.AddModelError(string.Empty, blocker);
        }
        Deleted = deletion.Deleted;
        return Page();
    }
}
