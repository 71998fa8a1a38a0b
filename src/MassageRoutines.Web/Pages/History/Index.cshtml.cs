using MassageRoutines.Web.Data;
using MassageRoutines.Web.Sessions;
using MassageRoutines.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.History;

public sealed class IndexModel(RunnerSessions sessions, SiteTimeZone zone, IStringLocalizer<Words> words) : PageModel
{
    public RunnerHistory History { get; private set; } = null!;
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    /// <summary>The next (older) page of sessions, if there is one.</summary>
    public string? OlderCursor { get; private set; }

    /// <summary>Showing an older page, not the newest sessions.</summary>
    public bool IsOlderPage { get; private set; }

    public async Task OnGetAsync(string? cursor, CancellationToken ct)
    {
        // A cursor this page did not give out shows the newest sessions.
        var runner = RunnerIdentity.Find(HttpContext);
        var after = SessionCursor.Decode(cursor);
        var page = await sessions.HistoryAsync(runner, after, ct);
        History = page.History;
        Sessions = page.Sessions;
        OlderCursor = page.Next?.Encode();
        IsOlderPage = runner is not null && after is not null;
    }

    /// <summary>A time in the site's zone, in the page's language: "Mon 7 Dec, 09:00", "lun 7 dic, 09:00".</summary>
    public string LocalTime(DateTime utc) => LocalDates.ShortDayAndTime(words, zone.ToLocal(utc));

    /// <summary>The outcome's label: an English key of <see cref="Words"/>.</summary>
    public static string OutcomeLabel(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.Completed => "Completed",
        SessionOutcome.Stopped => "Ended early",
        SessionOutcome.StoppedForPain => "Stopped for pain",
        _ => outcome.ToString(),
    };
}
