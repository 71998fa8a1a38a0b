using System.ComponentModel.DataAnnotations;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach;

public sealed class IndexModel(MassageDbContext db, TimeProvider time) : PageModel
{
    public sealed record LibrarySummary(Library Library, int Moves, int Routines, bool IsOwner);

    public IReadOnlyList<LibrarySummary> Mine { get; private set; } = [];
    public IReadOnlyList<Library> ReadOnly { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Give the library a name.")]
    [StringLength(MoveRules.MaxNameLength, ErrorMessage = "A library name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? CopyOf { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Makes a library: a copy of a read-only one when <see cref="CopyOf"/> names it, else empty.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Library? source = null;
        if (CopyOf is not null)
        {
            source = await db.Libraries.FirstOrDefaultAsync(l => l.Slug == CopyOf && l.IsReadOnly, ct);
            if (source is null)
            {
                ModelState.AddModelError(nameof(CopyOf), "That library cannot be copied.");
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        try
        {
            var library = await LibraryCopy.CreateAsync(db, Name.Trim(), User.UserId(), source, time.GetUtcNow().UtcDateTime, ct);
            return RedirectToPage("/Coach/Libraries/Index", new { library = library.Slug });
        }
        catch (DbUpdateException)
        {
            // Another library (or copy) took one of the same slugs at the same moment; nothing was kept.
            ModelState.AddModelError(string.Empty, "Another library with a similar name was made at the same moment. Try again.");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        Mine = await db.Libraries.EditableBy(User).OrderBy(l => l.Name)
            .Select(l => new LibrarySummary(l, l.Moves.Count, l.Routines.Count, l.Editors.Any(e => e.UserId == userId && e.IsOwner)))
            .ToListAsync(ct);
        ReadOnly = await db.Libraries.Where(l => l.IsReadOnly).OrderBy(l => l.Name).ToListAsync(ct);
    }
}
