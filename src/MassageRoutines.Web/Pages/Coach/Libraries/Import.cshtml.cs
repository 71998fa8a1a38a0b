using System.Text;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

// Files up to ten times the limit reach the page, so they get a message naming their size; anything
// larger is refused before it is read (413, with its own page).
[BodyLimit(10 * LibraryImport.MaxBytes)]
public sealed class ImportModel(LibraryEditing libraries, IStringLocalizer<Words> words) : PageModel
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
            ModelState.AddModelError(nameof(Upload), words["Choose a library file (.json) to import."]);
            return Page();
        }
        if (Upload.Length > LibraryImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), words["That file is {0:0.0} MB; a library file can be at most 1 MB. Nothing was imported.", Upload.Length / 1024.0 / 1024.0]);
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
                ModelState.AddModelError(nameof(Upload), words["That file is not UTF-8 text, so it cannot be a library file. Nothing was imported."]);
                return Page();
            }
        }

        var result = await libraries.ImportAsync(Library, json, ct);
        if (result.Failed)
        {
            Problems = result.Problems;
            UnlistedEntries = result.UnlistedEntries;
            ModelState.AddModelError(nameof(Upload), result.UnlistedEntries == 0
                ? result.Problems.Count == 1
                    ? words["The file has 1 problem, listed below. Nothing was imported."]
                    : words["The file has {0} problems, listed below. Nothing was imported.", result.Problems.Count]
                : words["The file has more than {0} problems; the first {0} are listed below. Nothing was imported.", result.Problems.Count]);
            return Page();
        }
        Message = words["Imported {0} moves and {1} routines.", result.Moves, result.Routines];
        return RedirectToPage("/Coach/Libraries/Index", new { library });
    }

    private async Task<bool> LoadAsync(string library, CancellationToken ct)
    {
        Library = (await libraries.FindAsync(User, library, ct))!;
        return Library is not null;
    }
}
