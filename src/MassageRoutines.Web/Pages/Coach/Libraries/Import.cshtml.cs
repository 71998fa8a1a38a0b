using System.Text;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

// Files up to ten times the limit reach the page, so they get a message naming their size; anything
// larger is refused before it is read (413, with its own page).
[BodyLimit(10 * LibraryImport.MaxBytes)]
public sealed class ImportModel(LibraryEditing libraries) : PageModel
{
    public Library Library { get; private set; } = null!;
    public IReadOnlyList<FileProblem> Problems { get; private set; } = [];

    /// <summary>Moves and routines with problems beyond those listed.</summary>
    public int UnlistedEntries { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string library, CancellationToken ct) =>
        await LoadAsync(library, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string library, CancellationToken ct)
    {
        if (!await LoadAsync(library, ct))
        {
            return NotFound();
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a library file (.json) to import.");
            return Page();
        }
        if (Upload.Length > LibraryImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"That file is {Upload.Length / 1024.0 / 1024.0:0.0} MB; a library file can be at most 1 MB. Nothing was imported.");
            return Page();
        }

        string json;
        using (var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                json = await reader.ReadToEndAsync(ct);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError(nameof(Upload), "That file is not UTF-8 text, so it cannot be a library file. Nothing was imported.");
                return Page();
            }
        }

        var result = await libraries.ImportAsync(Library, json, ct);
        if (result.Failed)
        {
            Problems = result.Problems;
            UnlistedEntries = result.UnlistedEntries;
            ModelState.AddModelError(nameof(Upload), result.UnlistedEntries == 0
                ? $"The file has {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}, listed below. Nothing was imported."
                : $"The file has more than {result.Problems.Count} problems; the first {result.Problems.Count} are listed below. Nothing was imported.");
            return Page();
        }
        Message = $"Imported {result.Moves} moves and {result.Routines} routines.";
        return RedirectToPage("/Coach/Libraries/Index", new { library });
    }

    private async Task<bool> LoadAsync(string library, CancellationToken ct)
    {
        Library = (await libraries.FindAsync(User, library, ct))!;
        return Library is not null;
    }
}
