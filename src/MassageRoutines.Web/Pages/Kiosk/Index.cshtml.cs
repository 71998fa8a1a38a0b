using System.Globalization;
using System.Text.Json;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Kiosks;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Kiosk;

/// <summary>
/// The kiosk screen at its secret address: big tiles to start a routine, the player in a kiosk layout,
/// a one-tap end screen, and a reset when people walk away (wwwroot/js/kiosk.js).
/// </summary>
public sealed class IndexModel(GymKiosks kiosks) : PageModel
{
    public KioskRecord? Kiosk { get; private set; }
    public IReadOnlyList<PublishedRoutine> Routines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await kiosks.ScreenAsync(token, ct) is not { } screen)
        {
            return NotFound();
        }
        (Kiosk, Routines) = (screen.Kiosk, screen.Routines);
        if (Kiosk.RevokedAt is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
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
        language = Kiosk.Language,
        routines = Routines.Select(r => r.Routine.Slug),
        library = Kiosk.Library!.Slug,
        tools = Routines.SelectMany(r => r.Tools).Distinct().Order().Select(Kebab.Of),
    });

    /// <summary>The gear a routine takes, as a list inside a sentence: German nouns keep their capitals.</summary>
    public static string ToolList(IEnumerable<Tool> tools, IStringLocalizer<Words> words) =>
        string.Join(", ", tools.Select(tool => words[Labels.Of(tool)].Value)
            .Select(label => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? label : label.ToLower(CultureInfo.CurrentCulture)));

    public static string Heading(Phase phase) => phase switch
    {
        Phase.PreRun => Labels.When(Phase.PreRun),
        Phase.PostRun => Labels.When(Phase.PostRun),
        _ => "Movement breaks",
    };
}
