using System.Data.Common;
using System.Threading.Channels;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Sessions;

public enum WriteOutcome { Created, Repeated, Conflict }

/// <param name="Log">The log as stored (for Created and Repeated).</param>
public sealed record WriteResult(WriteOutcome Outcome, SessionLog? Log);

/// <summary>
/// Stores checked session logs by group commit: one writer takes every log waiting, writes them and
/// their day totals in one transaction, and answers each request only once that transaction has
/// committed, so a 201 still means on disk. Under load many logs share one commit (one fsync)
/// instead of each paying for its own. The client's id stays the idempotency key: an id already
/// stored, or twice in one batch, is a retry when the body and owner are the same, else a conflict.
/// </summary>
public sealed class SessionWriter(IServiceScopeFactory scopes, ILogger<SessionWriter> logger) : BackgroundService
{
    /// <summary>Logs written in one transaction at the most.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new() { SingleReader = true });

    private sealed record Pending(SessionLog Log)
    {
        public TaskCompletionSource<WriteResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Stores the log with the others waiting; completes once they are committed.</summary>
    public Task<WriteResult> WriteAsync(SessionLog log, CancellationToken ct)
    {
        var pending = new Pending(log);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The session writer has stopped; the app is shutting down.");
        }
        return pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        // On shutdown the queue is closed and drained: what was accepted is still written or answered.
        using var stopping = stoppingToken.Register(() => queue.Writer.TryComplete());
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            Complete(batch, await WriteBatchAsync(batch));
            return;
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One log spoiled the batch (an id another instance stored at the same moment, say):
            // write each on its own, so each gets its own answer.
            logger.LogInformation(e, "A batch of {Count} session logs failed; writing them one by one", batch.Count);
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
            return;
        }
        catch (DbException)
        {
            // Another instance's transaction got in the way (a deadlock, a busy database): its work is
            // committed or rolled back by now, so a second try finds the log stored or stores it.
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
            return;
        }

        try
        {
            Complete(batch, await WriteBatchAsync(batch));
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private static void Complete(List<Pending> batch, List<WriteResult> results)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(results[i]);
        }
    }

    private async Task<List<WriteResult>> WriteBatchAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        var totals = scope.ServiceProvider.GetRequiredService<DayTotals>();
        await using var transaction = await db.Database.BeginTransactionAsync();

        // The first log of each id is tried; an id already stored is left as it is (one statement for
        // the batch, with no look first: a duplicate is rare), and only those are read back to compare.
        var first = new Dictionary<Guid, SessionLog>();
        foreach (var pending in batch)
        {
            first.TryAdd(pending.Log.Id, pending.Log);
        }
        // In the order of their ids, so two instances inserting the same ids at once wait for each other in one order.
        var inserted = await SessionRows.InsertNewAsync(db, first.Values.OrderBy(l => l.Id).ToList(), CancellationToken.None);
        var others = first.Keys.Where(id => !inserted.Contains(id)).ToList();
        var stored = others.Count == 0
            ? []
            : await db.SessionLogs.AsNoTracking().Where(l => others.Contains(l.Id)).ToDictionaryAsync(l => l.Id);
        var results = new List<WriteResult>(batch.Count);
        var added = new List<SessionLog>(inserted.Count);
        var created = new HashSet<Guid>();
        foreach (var log in batch.Select(p => p.Log))
        {
            if (inserted.Contains(log.Id) && created.Add(log.Id))
            {
                added.Add(log);
                results.Add(new(WriteOutcome.Created, log));
                continue;
            }
            var existing = inserted.Contains(log.Id) ? first[log.Id] : stored[log.Id];
            var same = existing.Fingerprint == log.Fingerprint && existing.Owner == log.Owner;
            results.Add(same ? new(WriteOutcome.Repeated, existing) : new(WriteOutcome.Conflict, null));
        }

        await totals.AddAsync(db, added);
        await transaction.CommitAsync();
        return results;
    }
}
