using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Pages.Moves;

[OutputCache(PolicyName = LibraryOutputCache.Policy)]
public sealed class DetailsModel(PublishedLibrary library) : PageModel
{
    /// <summary>The library's generation when the request came, read before its data; keys the cached fragment.</summary>
    public string LibraryGeneration { get; } = library.Generation;

    public Move Move { get; private set; } = null!;
    public string LibraryName { get; private set; } = "";
    public IReadOnlyList<Routine> UsedIn { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await library.MoveAsync(slug) is not { } found)
        {
            return NotFound();
        }
        (Move, LibraryName) = found;
        UsedIn = (await library.RoutinesAsync()).Using(slug).Select(r => r.Routine).ToList();
        return Page();
    }
}
