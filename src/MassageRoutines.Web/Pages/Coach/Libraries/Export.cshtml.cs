using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

/// <summary>The library as a JSON file in the seeds/ format, ready to import elsewhere.</summary>
public sealed class ExportModel(LibraryEditing libraries) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string library, CancellationToken ct) =>
        await libraries.ExportAsync(User, library, ct) is (var found, var file)
            ? File(file, "application/json", $"{found.Slug}.json")
            : NotFound();
}
