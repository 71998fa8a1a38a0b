using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.History;

/// <summary>
/// An anonymous runner deletes this device's history: every session under the browser's runner id, and
/// the cookie that holds the id. A signed-in runner's history is their account's, deleted with it.
/// </summary>
public sealed class DeleteModel(RunnerSessions sessions, RunnerAccounts accounts) : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public int Sessions { get; private set; }
    public bool Deleted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!SignedIn && RunnerIdentity.Find(HttpContext) is { } runner)
        {
            Sessions = await sessions.CountAsync(runner, ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SignedIn)
        {
            return Page();
        }
        await accounts.ForgetDeviceAsync(HttpContext, ct);
        Deleted = true;
        return Page();
    }
}
