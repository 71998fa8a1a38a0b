using System.Globalization;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Kiosks;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach;

/// <summary>A coach registers the gym's kiosks, sees how they are used, replaces their addresses and revokes them.</summary>
public sealed class KiosksModel(GymKiosks kiosks, IStringLocalizer<Words> words) : PageModel
{
    public const int UsageDays = GymKiosks.UsageDays;

    public IReadOnlyList<KioskUsage> Kiosks { get; private set; } = [];
    public IReadOnlyList<Library> Libraries { get; private set; } = [];
    public IReadOnlyList<PublishedRoutine> Routines { get; private set; } = [];

    [BindProperty]
    public KioskForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var admin = await kiosks.AdminAsync(User.UserId(), ct);
        Show(admin);
        Form.LibraryId ??= admin.DefaultLibraryId;
        // A new kiosk speaks the coach's language unless they pick another.
        Form.Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var (admin, kiosk) = await kiosks.RegisterAsync(User.UserId(), Form, ModelState, ct);
        if (kiosk is null)
        {
            Show(admin);
            return Page();
        }
        Message = words["Added {0}. Open its address on the kiosk's browser: {1}", kiosk.Name, Url.Page("/Kiosk/Index", new { token = kiosk.Token })!];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReplaceAddressAsync(int id, CancellationToken ct)
    {
        if (await kiosks.ReplaceAddressAsync(User.UserId(), id, ct) is not { } kiosk)
        {
            return NotFound();
        }
        Message = kiosk.RevokedAt is null
            ? words["{0} has a new address: open it on the kiosk's browser: {1}. The old address now says the kiosk is disabled.", kiosk.Name, Url.Page("/Kiosk/Index", new { token = kiosk.Token })!]
            : words["{0} is revoked: its address stays disabled. Add a new kiosk instead.", kiosk.Name];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (await kiosks.RevokeAsync(User.UserId(), id, ct) is not { } kiosk)
        {
            return NotFound();
        }
        Message = words["Revoked {0}: its address now says the kiosk is disabled.", kiosk.Name];
        return RedirectToPage();
    }

    private void Show(KioskAdmin admin) => (Kiosks, Libraries, Routines) = (admin.Kiosks, admin.Libraries, admin.Routines);
}
