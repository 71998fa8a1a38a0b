using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Pages;

[OutputCache(PolicyName = LibraryOutputCache.Policy)]
public sealed class IndexModel(PublishedLibrary library) : PageModel
{
    public sealed record QuickStart(string Heading, string Hint, PublishedRoutine Routine);

    public IReadOnlyList<QuickStart> QuickStarts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var routines = await library.RoutinesAsync();
        // The shortest published routine of each phase is the quickest way in.
        PublishedRoutine? Shortest(Phase phase) =>
            routines.Where(r => r.Routine.Phase == phase).MinBy(r => r.Timeline.BoutSeconds);

        QuickStarts = new (string Heading, string Hint, Phase Phase)[]
            {
                (Labels.When(Phase.PreRun), "After a 10-minute warm-up.", Phase.PreRun),
                (Labels.When(Phase.PostRun), "While your muscles are still warm.", Phase.PostRun),
                ("Stuck at a desk?", "A movement break for every 30 minutes of sitting or standing.", Phase.Break),
            }
            .Select(q => Shortest(q.Phase) is { } routine ? new QuickStart(q.Heading, q.Hint, routine) : null)
            .OfType<QuickStart>()
            .ToList();
    }
}
