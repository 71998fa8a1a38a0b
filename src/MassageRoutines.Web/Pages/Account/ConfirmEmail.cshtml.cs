using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Account;

/// <summary>Where the link mailed at registering leads: it confirms the account's address.</summary>
public sealed class ConfirmEmailModel(AccountRecovery recovery) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? user, string? code) => Confirmed = await recovery.ConfirmEmailAsync(user, code);
}
