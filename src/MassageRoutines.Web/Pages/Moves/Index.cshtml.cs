using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Moves;

public sealed class IndexModel(MassageDbContext db) : PageModel
{
    public IReadOnlyList<Move> Moves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Moves = await db.PublishedMovesAsync(ct);
}
