using System.Buffers.Text;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.Coach.Groups;

/// <summary>The groups a coach coaches, and a form to make one.</summary>
public sealed class IndexModel(MassageDbContext db, TimeProvider time) : PageModel
{
    public sealed record GroupSummary(int Id, string Name, int Members, int PlanItems);

    public IReadOnlyList<GroupSummary> Groups { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Give the group a name, like \"Tuesday track\".")]
    [StringLength(MoveRules.MaxNameLength, ErrorMessage = "A group name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var group = new Group
        {
            Name = Name.Trim(),
            JoinToken = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Coaches = [new GroupCoach { UserId = User.UserId(), IsOwner = true }],
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("/Coach/Groups/Group", new { group = group.Id });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Groups = await db.Groups.CoachedBy(User).OrderBy(g => g.Name)
            .Select(g => new GroupSummary(g.Id, g.Name, g.Members.Count, g.Plan.Count)).ToListAsync(ct);
}
