using System.Collections.Concurrent;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// A published version never changes, and routines are archived rather than deleted, so a slug and
/// version always mean the same routine: once read, it is kept, and checking a session log against it
/// costs no query. It is emptied with every other library cache on a change all the same, so nothing
/// here outlives what the database says.
/// </summary>
public sealed class RoutineVersionCache
{
    private readonly ConcurrentDictionary<(string Slug, int Version), RoutineVersion> versions = new();

    public RoutineVersionCache(LibraryChanges changes) => changes.Subscribe(_ =>
    {
        versions.Clear();
        return ValueTask.CompletedTask;
    });

    public async Task<RoutineVersion?> FindAsync(MassageDbContext db, string slug, int version, CancellationToken ct)
    {
        if (versions.TryGetValue((slug, version), out var cached))
        {
            return cached;
        }
        var routine = await PublishedLibrary.RoutineVersionAsync(db, slug, version, ct);
        if (routine is not null)
        {
            versions.TryAdd((slug, version), routine);
        }
        return routine;
    }
}
