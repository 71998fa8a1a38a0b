using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Play;

/// <summary>
/// The guided player. The page is the shell and the choices; wwwroot/js/player.js fetches the
/// server's timeline for those choices and plays it.
/// </summary>
public sealed class IndexModel(PublishedLibrary library) : PageModel
{
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
