using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Languages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

[Authorize]
public sealed class IndexModel(RunnerAccounts accounts, LanguageChoice languages) : PageModel
{
    public const string LanguageSaved = "Your language is saved.";

    public string Email { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await accounts.FactsAsync(HttpContext) is not { } facts)
        {
            return Challenge();
        }
        (Email, Roles) = (facts.Email, facts.Roles);
        return Page();
    }

    /// <summary>Keeps the language on the account (and in this browser); the next page is in it.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string? language)
    {
        if (!await languages.KeepAsync(HttpContext, language ?? ""))
        {
            return BadRequest();
        }
        Message = LanguageSaved;
        return RedirectToPage();
    }
}
