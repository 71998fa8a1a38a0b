using System.ComponentModel.DataAnnotations;
using MassageRoutines.Engine;
using MassageRoutines.Web.Groups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>The groups a coach coaches, and a form to make one.</summary>
public sealed class IndexModel(CoachGroups groups) : PageModel
{
    public IReadOnlyList<GroupSummary> Groups { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Give the group a name, like \"Tuesday track\".")]
    [StringLength(MoveRules.MaxNameLength, ErrorMessage = "A group name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct) => Groups = await groups.ListAsync(User, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Groups = await groups.ListAsync(User, ct);
            return Page();
        }
        return RedirectToPage("/Coach/Groups/Group", new { group = await groups.CreateAsync(User, Name, ct) });
    }
}
