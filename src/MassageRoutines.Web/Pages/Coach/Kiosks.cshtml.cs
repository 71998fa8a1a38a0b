using System.Buffers.Text;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach;

/// <summary>A coach registers the gym's kiosks, sees how they are used, and revokes them.</summary>
public sealed class KiosksModel(MassageDbContext db, PublishedLibrary published, TimeProvider time, SiteTimeZone zone) : PageModel
{
    public const int UsageDays = 14;

    public sealed record Usage(Data.Kiosk Kiosk, IReadOnlyList<(DateOnly Day, int Sessions)> PerDay, int Sessions, int Completed, int PainStops)
    {
        public int CompletionPercent => Sessions == 0 ? 0 : (int)Math.Round(100.0 * Completed / Sessions);
    }

    public IReadOnlyList<Usage> Kiosks { get; private set; } = [];
    public IReadOnlyList<Library> Libraries { get; private set; } = [];
    public IReadOnlyList<PublishedRoutine> Routines { get; private set; } = [];

    [BindProperty]
    public KioskForm Form { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var library = Libraries.FirstOrDefault(l => l.Id == Form.LibraryId);
        if (library is null)
        {
            ModelState.AddModelError("Form.LibraryId", "Choose one of the libraries listed.");
        }
        var offered = Routines.Where(r => r.LibraryId == Form.LibraryId).Select(r => r.Routine.Slug).ToHashSet();
        if (library is not null && Form.Routines.Any(slug => !offered.Contains(slug)))
        {
            ModelState.AddModelError("Form.Routines", $"Pick only published routines of {library.Name}, or none to show them all.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var kiosk = new Data.Kiosk
        {
            Name = Form.Name!.Trim(),
            Token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)),
            LibraryId = library!.Id,
            Routines = [.. Form.Routines],
            IdleSeconds = Form.IdleSeconds,
            WakeLock = Form.WakeLock,
            Voice = Form.Voice,
            CreatedBy = User.UserId(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Kiosks.Add(kiosk);
        await db.SaveChangesAsync(ct);
        Message = $"Added {kiosk.Name}. Open its address on the kiosk's browser: {Url.Page("/Kiosk/Index", new { token = kiosk.Token })}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var userId = User.UserId();
        var kiosk = await db.Kiosks.FirstOrDefaultAsync(k => k.Id == id && k.CreatedBy == userId, ct);
        if (kiosk is null)
        {
            return NotFound();
        }
        kiosk.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        Message = $"Revoked {kiosk.Name}: its address now says the kiosk is disabled.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        Libraries = await db.Libraries.Where(l => l.IsReadOnly || l.Editors.Any(e => e.UserId == userId)).OrderBy(l => l.Name).ToListAsync(ct);
        var libraryIds = Libraries.Select(l => l.Id).ToHashSet();
        Routines = await published.RoutinesAsync(libraryIds);
        Form.LibraryId ??= Libraries.FirstOrDefault(l => l.IsReadOnly)?.Id;

        var kiosks = await db.Kiosks.AsNoTracking().Include(k => k.Library).Where(k => k.CreatedBy == userId).OrderBy(k => k.Name).ToListAsync(ct);
        var today = DateOnly.FromDateTime(zone.ToLocal(time.GetUtcNow().UtcDateTime));
        var first = today.AddDays(1 - UsageDays).DayNumber;
        var whos = kiosks.Select(k => DayTotals.KioskWho(k.Id)).ToList();
        // The day totals kept as logs arrive: a few rows a kiosk, however many sessions it has logged.
        var days = (await db.DayTotals.AsNoTracking().Where(t => whos.Contains(t.Who) && t.Day >= first && t.Day <= today.DayNumber).ToListAsync(ct))
            .ToLookup(t => t.Who);
        Kiosks = kiosks.Select(kiosk =>
        {
            var mine = days[DayTotals.KioskWho(kiosk.Id)].ToDictionary(t => t.Day);
            var perDay = Enumerable.Range(0, UsageDays).Select(i => today.AddDays(i - UsageDays + 1))
                .Select(day => (day, mine.GetValueOrDefault(day.DayNumber)?.Sessions ?? 0)).ToList();
            return new Usage(kiosk, perDay, mine.Values.Sum(t => t.Sessions), mine.Values.Sum(t => t.Completed), mine.Values.Sum(t => t.PainStops));
        }).ToList();
    }
}

public sealed class KioskForm
{
    [Required(ErrorMessage = "Give the kiosk a name, like \"Front desk tablet\".")]
    [StringLength(MoveRules.MaxNameLength, ErrorMessage = "A kiosk name can be at most {1} characters.")]
    public string? Name { get; set; }

    public int? LibraryId { get; set; }

    /// <summary>Routine slugs to show; none shows every published routine of the library.</summary>
    public List<string> Routines { get; set; } = [];

    [Range(30, 600, ErrorMessage = "Idle time must be between 30 and 600 seconds.")]
    public int IdleSeconds { get; set; } = Data.Kiosk.DefaultIdleSeconds;

    public bool WakeLock { get; set; } = true;
    public bool Voice { get; set; }
}
