using System.Collections.Frozen;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A version of a routine that was published, and the library it belongs to.</summary>
public sealed record RoutineVersion(Routine Routine, int LibraryId);

/// <summary>A published routine as runners see it, with the timeline as authored, worked out once.</summary>
public sealed record PublishedRoutine(Routine Routine, int LibraryId, string LibraryName, Timeline Timeline)
{
    public IReadOnlyList<BodyRegion> Regions { get; } = Timeline.SecondsByRegion.Keys.ToList();
    public IReadOnlyList<Tool> Tools { get; } = Timeline.Tools.ToList();
}

/// <summary>A published move, and the name of its library.</summary>
public sealed record PublishedMove(Move Move, string LibraryName);

/// <summary>
/// What runners may see: the latest published version of each published routine, and the published
/// moves of every library. Published versions never change, so this is kept in memory as one
/// snapshot, read from the database when first asked for after a change (<see cref="LibraryChanges"/>)
/// and shared by every request until the next: a library page, for a signed-in runner too, makes no
/// query at all.
/// </summary>
public sealed class PublishedLibrary
{
    private sealed record Snapshot(
        IReadOnlyList<PublishedRoutine> Routines,
        FrozenDictionary<string, PublishedRoutine> RoutinesBySlug,
        IReadOnlyList<Move> Moves,
        FrozenDictionary<string, PublishedMove> MovesBySlug);

    private readonly IServiceScopeFactory scopes;
    private readonly Lock gate = new();
    private Task<Snapshot>? current;

    public PublishedLibrary(IServiceScopeFactory scopes, LibraryChanges changes)
    {
        this.scopes = scopes;
        changes.Subscribe(_ =>
        {
            lock (gate)
            {
                current = null;
            }
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Every published routine, by phase then name.</summary>
    public async Task<IReadOnlyList<PublishedRoutine>> RoutinesAsync() => (await SnapshotAsync()).Routines;

    /// <summary>The published routines of these libraries.</summary>
    public async Task<IReadOnlyList<PublishedRoutine>> RoutinesAsync(IReadOnlyCollection<int> libraryIds) =>
        (await SnapshotAsync()).Routines.Where(r => libraryIds.Contains(r.LibraryId)).ToList();

    public async Task<PublishedRoutine?> RoutineAsync(string slug) => (await SnapshotAsync()).RoutinesBySlug.GetValueOrDefault(slug);

    /// <summary>Every published move, by name.</summary>
    public async Task<IReadOnlyList<Move>> MovesAsync() => (await SnapshotAsync()).Moves;

    public async Task<PublishedMove?> MoveAsync(string slug) => (await SnapshotAsync()).MovesBySlug.GetValueOrDefault(slug);

    /// <summary>The shortest published routine of a phase (by slug among equals), or null: the quickest way in.</summary>
    public async Task<PublishedRoutine?> QuickestAsync(Phase phase) =>
        (await SnapshotAsync()).Routines.Where(r => r.Routine.Phase == phase)
            .OrderBy(r => r.Timeline.BoutSeconds).ThenBy(r => r.Routine.Slug, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Any version ever published, for checking a session that started on it (kept by <see cref="RoutineVersionCache"/>).</summary>
    public static async Task<RoutineVersion?> RoutineVersionAsync(MassageDbContext db, string slug, int version, CancellationToken ct) =>
        await (from v in db.RoutineVersions.AsNoTracking()
               join r in db.Routines on v.RoutineId equals r.Id
               where r.Slug == slug && v.Version == version
               select new { v, r.LibraryId }).FirstOrDefaultAsync(ct) is { } found
            ? new RoutineVersion(found.v.ToRoutine(), found.LibraryId)
            : null;

    private Task<Snapshot> SnapshotAsync()
    {
        lock (gate)
        {
            if (current is null)
            {
                var loading = current = LoadAsync();
                // A failed read is not kept: the next request tries again.
                loading.ContinueWith(_ =>
                {
                    lock (gate)
                    {
                        if (current == loading)
                        {
                            current = null;
                        }
                    }
                }, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
            return current;
        }
    }

    private async Task<Snapshot> LoadAsync()
    {
        // Not the caller's cancellation: the snapshot is everyone's, and outlives the request that asked first.
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        var routines = (await (
                from routine in db.Routines.AsNoTracking()
                where routine.Status == ContentStatus.Published
                join version in db.RoutineVersions on new { RoutineId = routine.Id, routine.Version } equals new { version.RoutineId, version.Version }
                select new { routine.LibraryId, LibraryName = routine.Library!.Name, version }).ToListAsync())
            .Select(row =>
            {
                var routine = row.version.ToRoutine();
                return new PublishedRoutine(routine, row.LibraryId, row.LibraryName, TimelineBuilder.Build(routine));
            })
            .OrderBy(r => r.Routine.Phase).ThenBy(r => r.Routine.Name, StringComparer.Ordinal)
            .ToList();
        var moves = (await db.Moves.AsNoTracking().Include(m => m.Library).Where(m => m.Status == ContentStatus.Published)
                .OrderBy(m => m.Name).ToListAsync())
            .Select(m => new PublishedMove(m.ToMove(), m.Library!.Name)).ToList();
        return new Snapshot(routines, routines.ToFrozenDictionary(r => r.Routine.Slug), moves.Select(m => m.Move).ToList(),
            moves.ToFrozenDictionary(m => m.Move.Slug));
    }
}
