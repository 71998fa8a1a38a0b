using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Pages.Routines;

[OutputCache(PolicyName = LibraryOutputCache.Policy)]
public sealed class DetailsModel(PublishedLibrary library) : PageModel
{
    public PublishedRoutine Routine { get; private set; } = null!;

    /// <summary>How hard the move is played here, which before a run may be lighter than the move itself.</summary>
    public Intensity PlayedIntensity(RoutineItem item) =>
        Routine.Timeline.Segments.First(s => s.Kind == SegmentKind.Work && s.Move == item.Move).Intensity;

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
