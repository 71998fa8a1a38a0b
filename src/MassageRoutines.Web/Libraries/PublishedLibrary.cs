using System.Collections.Frozen;
using System.Globalization;
using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A version of a routine that was published, or a built routine, and the library it belongs to (or was built from).</summary>
public sealed record RoutineVersion(Routine Routine, int LibraryId, bool Built = false);

/// <summary>
/// A published routine as runners see it, with the timeline as authored, worked out once; a built one
/// also says why each move is there.
/// </summary>
public sealed record PublishedRoutine(Routine Routine, int LibraryId, string LibraryName, Timeline Timeline, BuildResult? Built = null)
{
    public IReadOnlyList<BodyRegion> Regions { get; } = Timeline.SecondsByRegion.Keys.ToList();
    public IReadOnlyList<Tool> Tools { get; } = Timeline.Tools.ToList();

    /// <summary>How hard the move is played here, which before a run, or on a sore spot, may be lighter than the move itself.</summary>
    public Intensity PlayedIntensity(RoutineItem item) =>
        Timeline.Segments.First(s => s.Kind == SegmentKind.Work && s.Move == item.Move).Intensity;
}

/// <summary>A published move, and the name of its library.</summary>
public sealed record PublishedMove(Move Move, string LibraryName);

/// <summary>
/// What runners may see: the latest published version of each published routine, the published
/// moves of every library, and (by slug only, never in a list) the routines built for them.
/// Published versions never change, so they are kept in memory as one snapshot, read from the
/// database when first asked for after a change (<see cref="LibraryChanges"/>) and shared by every
/// request until the next: a library page, for a signed-in runner too, makes no query at all. Built
/// routines are looked up by slug in the database. Everything comes in the language the request reads
/// (<see cref="LibraryLanguages.Current"/>): the snapshot holds the library once per language, each
/// move and routine in its translation where it has one (its <c>Language</c> says which), each language
/// worked out when first asked for, as most instances serve only one or two.
/// </summary>
public sealed class PublishedLibrary
{
    private sealed record Snapshot(
        IReadOnlyList<PublishedRoutine> Routines,
        FrozenDictionary<string, PublishedRoutine> RoutinesBySlug,
        IReadOnlyList<Move> Moves,
        FrozenDictionary<string, PublishedMove> MovesBySlug,
        FrozenDictionary<int, IReadOnlyList<Move>> MovesByLibrary);

    /// <summary>How long a page fragment drawn from the library is kept (see <see cref="Generation"/>).</summary>
    public static readonly TimeSpan FragmentLifetime = TimeSpan.FromMinutes(10);

    private readonly IServiceScopeFactory scopes;
    private readonly Lock gate = new();
    private Task<FrozenDictionary<string, Lazy<Snapshot>>>? current;
    private long generation;

    public PublishedLibrary(IServiceScopeFactory scopes, LibraryChanges changes)
    {
        this.scopes = scopes;
        changes.Subscribe(_ =>
        {
            lock (gate)
            {
                current = null;
                generation++;
            }
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>
    /// Goes up on every library change. The library pages key their cached fragments (the <c>cache</c>
    /// tag helper, for signed-in visitors, whom the output cache does not serve) by it, so a change is
    /// never answered from an older fragment, nor from one in another language. Read it before the data,
    /// as the page models do: a change in between then only costs a fragment drawn again.
    /// </summary>
    public string Generation
    {
        get
        {
            lock (gate)
            {
                return $"{generation.ToString(CultureInfo.InvariantCulture)} {LibraryLanguages.Current}";
            }
        }
    }

    /// <summary>Every published routine, by phase then name.</summary>
    public async Task<IReadOnlyList<PublishedRoutine>> RoutinesAsync() => (await SnapshotAsync()).Routines;

    /// <summary>The published routines of these libraries.</summary>
    public async Task<IReadOnlyList<PublishedRoutine>> RoutinesAsync(IReadOnlyCollection<int> libraryIds) =>
        (await SnapshotAsync()).Routines.Where(r => libraryIds.Contains(r.LibraryId)).ToList();

    /// <summary>These routines, published or built, by slug; a slug that is neither is left out.</summary>
    public async Task<IReadOnlyDictionary<string, PublishedRoutine>> RoutinesAsync(IReadOnlyCollection<string> slugs)
    {
        var bySlug = (await SnapshotAsync()).RoutinesBySlug;
        var found = slugs.Where(bySlug.ContainsKey).Distinct().ToDictionary(slug => slug, slug => bySlug[slug]);
        var built = slugs.Where(SiteSlugs.IsBuilt).Distinct().ToList();
        if (built.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
            foreach (var record in await db.BuiltRoutines.AsNoTracking().Include(b => b.Library).Where(b => built.Contains(b.Slug)).ToListAsync())
            {
                found[record.Slug] = ToPublished(record);
            }
        }
        return found;
    }

    /// <summary>A published routine, or a routine built for a runner, by its slug; none for a null slug (a route value of only whitespace binds as null).</summary>
    public async Task<PublishedRoutine?> RoutineAsync(string? slug)
    {
        if (slug is null)
        {
            return null;
        }
        if (!SiteSlugs.IsBuilt(slug))
        {
            return (await SnapshotAsync()).RoutinesBySlug.GetValueOrDefault(slug);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        return await db.BuiltRoutines.AsNoTracking().Include(b => b.Library).FirstOrDefaultAsync(b => b.Slug == slug) is { } built
            ? ToPublished(built)
            : null;
    }

    /// <summary>Every published move, by name.</summary>
    public async Task<IReadOnlyList<Move>> MovesAsync() => (await SnapshotAsync()).Moves;

    public async Task<PublishedMove?> MoveAsync(string? slug) => slug is null ? null : (await SnapshotAsync()).MovesBySlug.GetValueOrDefault(slug);

    /// <summary>The published moves of one library, by name.</summary>
    public async Task<IReadOnlyList<Move>> MovesAsync(int libraryId) =>
        (await SnapshotAsync()).MovesByLibrary.GetValueOrDefault(libraryId) ?? [];

    /// <summary>
    /// The published moves of one library in their default text, translations included: what the
    /// builder builds from, so a built routine reads in every language as the library does.
    /// </summary>
    public async Task<IReadOnlyList<Move>> DefaultMovesAsync(int libraryId) =>
        (await SnapshotAsync(TextLanguage.Default)).MovesByLibrary.GetValueOrDefault(libraryId) ?? [];

    /// <summary>The shortest published routine of a phase (by slug among equals), or null: the quickest way in.</summary>
    public async Task<PublishedRoutine?> QuickestAsync(Phase phase) =>
        (await SnapshotAsync()).Routines.Where(r => r.Routine.Phase == phase)
            .OrderBy(r => r.Timeline.BoutSeconds).ThenBy(r => r.Routine.Slug, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// Any version ever published, or a built routine (always version 1), for checking a session that
    /// started on it (kept by <see cref="RoutineVersionCache"/>).
    /// </summary>
    public static async Task<RoutineVersion?> RoutineVersionAsync(MassageDbContext db, string slug, int version, CancellationToken ct)
    {
        if (SiteSlugs.IsBuilt(slug))
        {
            return version == 1 && await db.BuiltRoutines.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct) is { } built
                ? new RoutineVersion(built.ToRoutine(), built.LibraryId, Built: true)
                : null;
        }
        return await (from v in db.RoutineVersions.AsNoTracking()
                      join r in db.Routines on v.RoutineId equals r.Id
                      where r.Slug == slug && v.Version == version
                      select new { v, r.LibraryId }).FirstOrDefaultAsync(ct) is { } found
            ? new RoutineVersion(found.v.ToRoutine(), found.LibraryId)
            : null;
    }

    private static PublishedRoutine ToPublished(BuiltRoutineRecord built)
    {
        var routine = built.ToRoutine().In(LibraryLanguages.Current);
        return new PublishedRoutine(routine, built.LibraryId, built.Library!.Name, TimelineBuilder.Build(routine), built.ToBuild(routine));
    }

    private async Task<Snapshot> SnapshotAsync(string? language = null) => (await SnapshotsAsync())[language ?? LibraryLanguages.Current].Value;

    private Task<FrozenDictionary<string, Lazy<Snapshot>>> SnapshotsAsync()
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

    private async Task<FrozenDictionary<string, Lazy<Snapshot>>> LoadAsync()
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
            .Select(row => (row.LibraryId, row.LibraryName, Routine: row.version.ToRoutine()))
            .ToList();
        var moves = (await db.Moves.AsNoTracking().Include(m => m.Library).Where(m => m.Status == ContentStatus.Published).ToListAsync())
            .Select(m => (m.LibraryId, LibraryName: m.Library!.Name, Move: m.ToMove())).ToList();
        // One read for every language; each language's snapshot is built once, by whichever request needs it first.
        return LibraryLanguages.All.ToFrozenDictionary(language => language, language => new Lazy<Snapshot>(() => InLanguage(
            routines.Select(r => { var routine = r.Routine.In(language); return new PublishedRoutine(routine, r.LibraryId, r.LibraryName, TimelineBuilder.Build(routine)); }),
            moves.Select(m => (m.LibraryId, Published: new PublishedMove(m.Move.In(language), m.LibraryName)))), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    private static Snapshot InLanguage(IEnumerable<PublishedRoutine> routines, IEnumerable<(int LibraryId, PublishedMove Published)> moves)
    {
        // Accented capitals (Ú, Ä) among the rest rather than after Z; ordinal where the app runs without culture data.
        var names = StringComparer.InvariantCulture;
        var sortedRoutines = routines.OrderBy(r => r.Routine.Phase).ThenBy(r => r.Routine.Name, names).ToList();
        var sortedMoves = moves.OrderBy(m => m.Published.Move.Name, names).ToList();
        return new Snapshot(sortedRoutines, sortedRoutines.ToFrozenDictionary(r => r.Routine.Slug), sortedMoves.Select(m => m.Published.Move).ToList(),
            sortedMoves.ToFrozenDictionary(m => m.Published.Move.Slug, m => m.Published),
            sortedMoves.GroupBy(m => m.LibraryId).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Move>)g.Select(m => m.Published.Move).ToList()));
    }
}
