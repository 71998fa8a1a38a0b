using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>How each member kept to the plan over the last four weeks.</summary>
public sealed class AdherenceModel(MassageDbContext db, TimeProvider time, SiteTimeZone zone) : PageModel
{
    public Group Group { get; private set; } = null!;
    public GroupAdherence Adherence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int group, CancellationToken ct)
    {
        if (await db.CoachedGroupAsync(User, group, ct) is not { } found)
        {
            return NotFound();
        }
        Group = found;
        Adherence = await Web.Groups.Adherence.OfGroupAsync(db, found.Id, time.GetUtcNow().UtcDateTime, zone, ct);
        return Page();
    }
}
