using MassageRoutines.Web.Languages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages;

/// <summary>
/// The footer's language switch. Anonymous visitors follow a link (GET), which only sets this browser's
/// cookie, so the cached library pages hold no antiforgery token; a signed-in person posts a form, which
/// also keeps the choice on their account; its buttons post the code as a field, which binds as the route's would.
/// </summary>
public sealed class LanguageModel(LanguageChoice choice) : PageModel
{
    public IActionResult OnGet(string? code, string? returnUrl) =>
        code is not null && choice.KeepInBrowser(HttpContext, code) ? Back(returnUrl) : NotFound();

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl) =>
        code is not null && await choice.KeepAsync(HttpContext, code) ? Back(returnUrl) : NotFound();

    private LocalRedirectResult Back(string? returnUrl) => LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
}
