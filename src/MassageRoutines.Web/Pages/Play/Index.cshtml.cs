using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Play;

/// <summary>
/// The guided player. The page is the shell and the choices; wwwroot/js/player.js fetches the
/// server's timeline for those choices and plays it.
/// </summary>
public sealed class IndexModel(MassageDbContext db) : PageModel
{
    public PublishedRoutine Routine { get; private set; } = null!;

    /// <summary>Regions a runner can report as sore or as where it hurt; the warm-up's "full body" is not one.</summary>
    public static IReadOnlyList<BodyRegion> ReportableRegions { get; } = Enum.GetValues<BodyRegion>().Where(r => r != BodyRegion.FullBody).ToList();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await db.PublishedRoutineAsync(slug, ct) is not { } routine)
        {
            return NotFound();
        }
        Routine = routine;
        RunnerIdentity.FindOrCreate(HttpContext);
        return Page();
    }
}
