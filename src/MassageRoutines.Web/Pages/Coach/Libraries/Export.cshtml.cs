using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

/// <summary>The library as a JSON file in the seeds/ format, ready to import elsewhere.</summary>
public sealed class ExportModel(MassageDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string library, CancellationToken ct)
    {
        if (await db.EditableLibraryAsync(User, library, ct) is not { } found)
        {
            return NotFound();
        }
        var moves = await db.Moves.AsNoTracking().Where(m => m.LibraryId == found.Id).ToListAsync(ct);
        var routines = await db.Routines.AsNoTracking().Include(r => r.Items).ThenInclude(i => i.Move).Where(r => r.LibraryId == found.Id).ToListAsync(ct);
        return File(LibraryFileWriter.Write(found.Name, moves, routines), "application/json", $"{found.Slug}.json");
    }
}
