using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.MyRoutines;

/// <summary>
/// The built routines a signed-in runner keeps, by names of their own: kept from the builder's page,
/// renamed and removed here. Each runner sees and changes only their own; anyone else's is not found.
/// </summary>
[Authorize]
public sealed class IndexModel(MassageDbContext db, TimeProvider time) : PageModel
{
    public sealed record Kept(int Id, string Name, Routine Routine, int BoutSeconds);

    public IReadOnlyList<Kept> Routines { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Keeps a built routine under a name; keeping one already kept renames it.</summary>
    public async Task<IActionResult> OnPostKeepAsync(string? slug, string? name, CancellationToken ct)
    {
        var userId = User.UserId();
        var text = CheckName(name, "name");
        var built = SiteSlugs.IsBuilt(slug ?? "") ? await db.BuiltRoutines.FirstOrDefaultAsync(b => b.Slug == slug, ct) : null;
        if (built is null)
        {
            ModelState.AddModelError("slug", "Only a routine built for you can be kept here: build one first.");
        }
        var saved = built is null ? null : await db.SavedRoutines.FirstOrDefaultAsync(s => s.UserId == userId && s.BuiltRoutineId == built.Id, ct);
        if (built is not null && saved is null && await db.SavedRoutines.CountAsync(s => s.UserId == userId, ct) >= SavedRoutine.MaxPerRunner)
        {
            ModelState.AddModelError("", $"You keep {SavedRoutine.MaxPerRunner} routines already: remove one first.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        if (saved is null)
        {
            db.SavedRoutines.Add(new SavedRoutine { UserId = userId, BuiltRoutineId = built!.Id, Name = text, SavedAt = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            saved.Name = text;
        }
        await db.SaveChangesAsync(ct);
        Message = $"Kept \"{text}\" under My routines.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken ct)
    {
        var saved = await OwnAsync(id, ct);
        if (saved is null)
        {
            return NotFound();
        }
        var text = CheckName(name, $"name-{id}");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        saved.Name = text;
        await db.SaveChangesAsync(ct);
        Message = $"Renamed it \"{text}\".";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        var saved = await OwnAsync(id, ct);
        if (saved is null)
        {
            return NotFound();
        }
        db.SavedRoutines.Remove(saved);
        await db.SaveChangesAsync(ct);
        Message = $"Removed \"{saved.Name}\". Your history still has its sessions.";
        return RedirectToPage();
    }

    private Task<SavedRoutine?> OwnAsync(int id, CancellationToken ct)
    {
        var userId = User.UserId();
        return db.SavedRoutines.FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
    }

    private string CheckName(string? name, string key)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
        {
            ModelState.AddModelError(key, "Give it a name, like \"Tuesday track cool-down\".");
        }
        else if (text.Length > MoveRules.MaxNameLength)
        {
            ModelState.AddModelError(key, $"A name can be at most {MoveRules.MaxNameLength} characters (this one has {text.Length}).");
        }
        return text;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        var kept = await db.SavedRoutines.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.BuiltRoutine })
            .Take(SavedRoutine.MaxPerRunner).ToListAsync(ct);
        Routines = kept.Select(k =>
        {
            var routine = k.BuiltRoutine!.ToRoutine();
            return new Kept(k.Id, k.Name, routine, TimelineBuilder.Build(routine).BoutSeconds);
        }).ToList();
    }
}
