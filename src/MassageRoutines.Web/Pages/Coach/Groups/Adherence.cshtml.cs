using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>How each member kept to the plan over the last four weeks.</summary>
public sealed class AdherenceModel(CoachGroups groups) : PageModel
{
    public Group Group { get; private set; } = null!;
    public GroupAdherence Adherence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int group, CancellationToken ct)
    {
        if (await groups.AdherenceAsync(User, group, ct) is not { } found)
        {
            return NotFound();
        }
        (Group, Adherence) = found;
        return Page();
    }
}
