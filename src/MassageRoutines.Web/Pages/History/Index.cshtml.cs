using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.History;

public sealed class IndexModel(MassageDbContext db, TimeProvider time, SiteTimeZone zone) : PageModel
{
    public RunnerHistory History { get; private set; } = null!;
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    /// <summary>The next (older) page of sessions, if there is one.</summary>
    public string? OlderCursor { get; private set; }

    /// <summary>Showing an older page, not the newest sessions.</summary>
    public bool IsOlderPage { get; private set; }

    public async Task OnGetAsync(string? cursor, CancellationToken ct)
    {
        var runner = RunnerIdentity.Find(HttpContext);
        History = await RunnerHistory.LoadAsync(db, runner, time.GetUtcNow().UtcDateTime, zone, ct);
        if (runner is not null)
        {
            // A cursor this page did not give out shows the newest sessions.
            var after = SessionCursor.Decode(cursor);
            IsOlderPage = after is not null;
            (var sessions, var next) = await SessionPages.PageAsync(db, runner, after, SessionPages.PageSize,
                log => new SessionRow(log.Id, log.StartedAt, log.RoutineSlug, log.RoutineName, log.ActiveSeconds, log.Outcome, log.Discomfort),
                row => new(row.StartedAt, row.Id), ct);
            Sessions = sessions;
            OlderCursor = next?.Encode();
        }
    }

    /// <summary>What the table shows of a session: its columns only, not its segments and events.</summary>
    public sealed record SessionRow(Guid Id, DateTime StartedAt, string RoutineSlug, string RoutineName, int ActiveSeconds, SessionOutcome Outcome, int? Discomfort);

    public string LocalTime(DateTime utc) => zone.ToLocal(utc).ToString("ddd d MMM, HH:mm");

    public static string OutcomeLabel(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.Completed => "Completed",
        SessionOutcome.Stopped => "Ended early",
        SessionOutcome.StoppedForPain => "Stopped for pain",
        _ => outcome.ToString(),
    };
}
