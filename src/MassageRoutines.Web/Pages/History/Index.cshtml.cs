using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Pages.History;

public sealed class IndexModel(MassageDbContext db, TimeProvider time, SiteTimeZone zone) : PageModel
{
    public RunnerHistory History { get; private set; } = null!;
    public SiteTimeZone Zone => zone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var runner = RunnerIdentity.Find(HttpContext);
        var sessions = runner is null
            ? []
            : await db.SessionLogs.AsNoTracking().Where(l => l.RunnerId == runner).ToListAsync(ct);
        History = RunnerHistory.Of(sessions, time.GetUtcNow().UtcDateTime, zone);
    }

    public string LocalTime(DateTime utc) => zone.ToLocal(utc).ToString("ddd d MMM, HH:mm");

    public static string OutcomeLabel(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.Completed => "Completed",
        SessionOutcome.Stopped => "Ended early",
        SessionOutcome.StoppedForPain => "Stopped for pain",
        _ => outcome.ToString(),
    };
}
