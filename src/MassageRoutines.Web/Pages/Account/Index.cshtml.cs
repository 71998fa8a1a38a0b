using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

[Authorize]
public sealed class IndexModel(RunnerAccounts accounts) : PageModel
{
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
}
