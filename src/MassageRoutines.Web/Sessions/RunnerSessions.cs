using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Sessions;

/// <summary>What a table row of /history shows of a session: its columns only, not its segments and events.</summary>
public sealed record SessionRow(Guid Id, DateTime StartedAt, string RoutineSlug, string RoutineName, int ActiveSeconds, SessionOutcome Outcome, int? Discomfort);

/// <param name="Next">Where the next (older) page starts, if there is one.</param>
public sealed record HistoryPage(RunnerHistory History, IReadOnlyList<SessionRow> Sessions, SessionCursor? Next);

/// <summary>A runner's own sessions, as their pages and the API read them, and as they move to an account at sign-in.</summary>
public sealed class RunnerSessions(MassageDbContext db, TimeProvider time, SiteTimeZone zone)
{
    /// <summary>The history's totals, and a page of its sessions from <paramref name="after"/> (the newest when null).</summary>
    public async Task<HistoryPage> HistoryAsync(OwnerKey? runner, SessionCursor? after, CancellationToken ct)
    {
        var history = await RunnerHistory.LoadAsync(db, runner, time.GetUtcNow().UtcDateTime, zone, ct);
        if (runner is null)
        {
            return new(history, [], null);
        }
        var (sessions, next) = await SessionKeyset.PageAsync(db, runner.Value, after, SessionKeyset.PageSize,
            log => new SessionRow(log.Id, log.StartedAt, log.RoutineSlug, log.RoutineName, log.ActiveSeconds, log.Outcome, log.Discomfort),
            row => new(row.StartedAt, row.Id), ct);
        return new(history, sessions, next);
    }

    public Task<int> CountAsync(OwnerKey runner, CancellationToken ct) => db.SessionLogs.OwnedBy(runner).CountAsync(ct);

    public Task<(List<SessionLog> Sessions, SessionCursor? Next)> PageAsync(OwnerKey runner, SessionCursor? after, int size, CancellationToken ct) =>
        SessionKeyset.PageAsync(db, runner, after, size, ct);

    public Task<SessionLog?> FindAsync(OwnerKey? runner, Guid id, CancellationToken ct) =>
        runner is { } owner ? db.SessionLogs.AsNoTracking().OwnedBy(owner).FirstOrDefaultAsync(l => l.Id == id, ct) : Task.FromResult<SessionLog?>(null);

    /// <summary>All of them, newest first, streamed.</summary>
    public IAsyncEnumerable<SessionLog> All(OwnerKey runner) => SessionKeyset.AllAsync(db, runner);

    public Task<IReadOnlyList<RestAdvice>> RestAdviceAsync(OwnerKey? runner, CancellationToken ct) =>
        RunnerHistory.RestAdviceAsync(db, runner, time.GetUtcNow().UtcDateTime, ct);

    /// <summary>At sign-in: an anonymous runner's sessions and their totals become the account's, inside the caller's transaction.</summary>
    public static async Task MoveAsync(MassageDbContext db, OwnerKey from, OwnerKey to, CancellationToken ct)
    {
        var (account, device) = (to.Kind == OwnerKind.Account ? to.Id : null, to.Kind == OwnerKind.Device ? to.Id : null);
        await db.SessionLogs.OwnedBy(from).ExecuteUpdateAsync(s => s.SetProperty(l => l.AccountId, account).SetProperty(l => l.DeviceId, device), ct);
        await DayTotals.MoveAsync(db, from, to, ct);
    }
}
