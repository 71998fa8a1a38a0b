using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.MyRoutines;

/// <summary>
/// The built routines a signed-in runner keeps, by names of their own: kept from the builder's page,
/// renamed and removed here. Each runner sees and changes only their own; anyone else's is not found.
/// </summary>
[Authorize]
public sealed class IndexModel(KeptRoutines kept, IStringLocalizer<Words> words) : PageModel
{
    public IReadOnlyList<KeptRoutine> Routines { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Keeps a built routine under a name; keeping one already kept renames it.</summary>
    public async Task<IActionResult> OnPostKeepAsync(string? slug, string? name, CancellationToken ct)
    {
        var result = await kept.KeepAsync(User, slug, name, "name", ct);
        if (await ShowProblemsAsync(result, ct))
        {
            return Page();
        }
        Message = words["Kept \"{0}\" under My routines.", result.Name];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken ct)
    {
        if (await kept.RenameAsync(User, id, name, $"name-{id}", ct) is not { } result)
        {
            return NotFound();
        }
        if (await ShowProblemsAsync(result, ct))
        {
            return Page();
        }
        Message = words["Renamed it \"{0}\".", result.Name];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (await kept.ForgetAsync(User, id, ct) is not { } name)
        {
            return NotFound();
        }
        Message = words["Removed \"{0}\". Your history still has its sessions.", name];
        return RedirectToPage();
    }

    /// <returns>Whether the result has problems, now shown by their fields on the reloaded list.</returns>
    private async Task<bool> ShowProblemsAsync(KeepResult result, CancellationToken ct)
    {
        if (result.Problems.Count == 0)
        {
            return false;
        }
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(problem.Field, words.Say(problem.Message));
        }
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct) => Routines = await kept.ListAsync(User, ct);
}
