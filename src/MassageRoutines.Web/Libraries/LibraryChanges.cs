using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// The one signal that a coach changed the library: call <see cref="AnnounceAsync"/> once a publish,
/// edit or import is saved. Whatever keeps library data in memory subscribes, and is emptied here at
/// once, as are the cached library pages and API answers (<see cref="LibraryOutputCache"/>); on
/// PostgreSQL every other instance is told too (<see cref="PostgresLibraryChanges"/>).
/// </summary>
public class LibraryChanges(AppMetrics metrics, IOutputCacheStore outputCache)
{
    public const string ThisInstance = "this-instance";

    private readonly Lock gate = new();
    private readonly List<Func<CancellationToken, ValueTask>> subscribers = [];

    public void Subscribe(Func<CancellationToken, ValueTask> onChange)
    {
        lock (gate)
        {
            subscribers.Add(onChange);
        }
    }

    public async Task AnnounceAsync(CancellationToken ct)
    {
        await ApplyAsync(ThisInstance, ct);
        await TellOtherInstancesAsync(ct);
    }

    /// <summary>Runs every subscriber, for a change made here or heard from elsewhere.</summary>
    public async Task ApplyAsync(string origin, CancellationToken ct)
    {
        Func<CancellationToken, ValueTask>[] current;
        lock (gate)
        {
            current = [.. subscribers];
        }
        foreach (var onChange in current)
        {
            await onChange(ct);
        }
        await outputCache.EvictByTagAsync(LibraryOutputCache.Tag, ct);
        metrics.LibraryCachesEvicted(origin);
    }

    protected virtual Task TellOtherInstancesAsync(CancellationToken ct) => Task.CompletedTask;
}
