using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Pages.Routines;

[OutputCache(PolicyName = LibraryOutputCache.Policy)]
public sealed class DetailsModel(PublishedLibrary library) : PageModel
{
    /// <summary>The library's generation when the request came, read before its data; keys the cached fragment.</summary>
    public string LibraryGeneration { get; } = library.Generation;

    public PublishedRoutine Routine { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await library.RoutineAsync(slug) is not { } routine)
        {
            return NotFound();
        }
        Routine = routine;
        return Page();
    }
}
