using System.Text.Json;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Kiosk;

/// <summary>
/// The kiosk screen at its secret address: big tiles to start a routine, the player in a kiosk layout,
/// a one-tap end screen, and a reset when people walk away (wwwroot/js/kiosk.js).
/// </summary>
public sealed class IndexModel(MassageDbContext db, PublishedLibrary library) : PageModel
{
    public Data.Kiosk? Kiosk { get; private set; }
    public IReadOnlyList<PublishedRoutine> Routines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Kiosk = await db.Kiosks.AsNoTracking().Include(k => k.Library).FirstOrDefaultAsync(k => k.Token == token, ct);
        if (Kiosk is null)
        {
            return NotFound();
        }
        if (Kiosk.RevokedAt is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        var chosen = Kiosk.Routines.ToHashSet();
        Routines = (await library.RoutinesAsync([Kiosk.LibraryId]))
            .Where(r => chosen.Count == 0 || chosen.Contains(r.Routine.Slug))
            .ToList();
        return Page();
    }

    /// <summary>
    /// What "What's sore?" builds from: the kiosk's library, and the gear its routines' moves take (any
    /// one of each move's tools), taken to be what the gym has at hand.
    /// </summary>
    public string ConfigJson => JsonSerializer.Serialize(new
    {
        token = Kiosk!.Token,
        idleSeconds = Kiosk.IdleSeconds,
        wakeLock = Kiosk.WakeLock,
        voice = Kiosk.Voice,
        routines = Routines.Select(r => r.Routine.Slug),
        library = Kiosk.Library!.Slug,
        tools = Routines.SelectMany(r => r.Tools).Distinct().Order().Select(Kebab.Of),
    });

    public static string Heading(Phase phase) => phase switch
    {
        Phase.PreRun => Labels.When(Phase.PreRun),
        Phase.PostRun => Labels.When(Phase.PostRun),
        _ => "Movement breaks",
    };
}
