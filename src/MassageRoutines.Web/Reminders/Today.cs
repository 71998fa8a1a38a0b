using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Reminders;

/// <param name="Bouts">Sessions the runner started today, in the site's time zone.</param>
/// <param name="BoutsGoal">Two short bouts a day.</param>
/// <param name="RemindersOn">Whether the runner has set up movement-break reminders.</param>
/// <param name="NextBreak">When the next movement break is due (UTC), or null.</param>
/// <param name="NextBreakInSeconds">How long until then by the server's clock, so a device whose clock is off still reminds on time.</param>
/// <param name="BreakRoutine">The address of the routine a break opens, or null when none is published.</param>
public sealed record TodayView(int Bouts, int BoutsGoal, bool RemindersOn, DateTime? NextBreak, double? NextBreakInSeconds, string? BreakRoutine);

/// <summary>What today holds for a runner. Each part is one bounded query: nothing here grows with their history.</summary>
public sealed class Today(MassageDbContext db, PublishedLibrary library, TimeProvider time, SiteTimeZone zone, LinkGenerator links)
{
    public Task<TodayView> OfAsync(OwnerKey? runner, CancellationToken ct) => OfAsync(runner, time.GetUtcNow(), ct);

    /// <summary>"Later": puts the next movement break off, then today as it stands. Null when the runner has no reminders.</summary>
    public async Task<TodayView?> SnoozeAsync(OwnerKey? runner, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (runner is not { } owner || !await RunnerReminders.SnoozeAsync(db, owner, now, ct))
        {
            return null;
        }
        return await OfAsync(runner, now, ct);
    }

    private async Task<TodayView> OfAsync(OwnerKey? runner, DateTimeOffset now, CancellationToken ct)
    {
        var breakRoutine = await BreakRoutineAsync(library, links);
        if (runner is not { } who)
        {
            return new TodayView(0, RunnerHistory.BoutsPerDayGoal, false, null, null, breakRoutine);
        }

        // Today's row of the day totals history keeps (Sessions/DayTotals.cs).
        var today = zone.DayOf(now.UtcDateTime).DayNumber;
        var bouts = await db.DayTotals.OwnedBy(who).Where(t => t.Day == today).Select(t => t.Sessions).FirstOrDefaultAsync(ct);

        var settings = await db.ReminderSettings.AsNoTracking().OwnedBy(who).FirstOrDefaultAsync(ct);
        var next = settings is null ? null : RunnerReminders.NextBreak(settings, now, await RunnerReminders.LastActivityAsync(db, who, ct));
        return new TodayView(bouts, RunnerHistory.BoutsPerDayGoal, settings is not null, next?.UtcDateTime, (next - now)?.TotalSeconds, breakRoutine);
    }

    /// <summary>The routine a movement break opens: the shortest published break routine.</summary>
    public static async Task<string?> BreakRoutineAsync(PublishedLibrary library, LinkGenerator links) =>
        await library.QuickestAsync(Phase.Break) is { } routine
            ? links.GetPathByPage("/Play/Index", values: new { slug = routine.Routine.Slug })
            : null;
}
