using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A version of a routine that was published, or a built routine, and the library it belongs to (or was built from).</summary>
public sealed record RoutineVersion(Routine Routine, int LibraryId, bool Built = false);

/// <summary>A published routine as runners see it, with the timeline as authored; a built one also says why each move is there.</summary>
public sealed record PublishedRoutine(Routine Routine, int LibraryId, string LibraryName, Timeline Timeline, BuildResult? Built = null)
{
    public IReadOnlyList<BodyRegion> Regions => Timeline.SecondsByRegion.Keys.ToList();
    public IReadOnlyList<Tool> Tools => Timeline.Tools.ToList();

    /// <summary>How hard the move is played here, which before a run, or on a sore spot, may be lighter than the move itself.</summary>
    public Intensity PlayedIntensity(RoutineItem item) =>
        Timeline.Segments.First(s => s.Kind == SegmentKind.Work && s.Move == item.Move).Intensity;
}

/// <summary>
/// What runners may see: the latest published version of each published routine, the published
/// moves of every library, and (by slug only, never in a list) the routines built for them.
/// </summary>
public static class PublishedLibrary
{
    /// <param name="libraryIds">Only these libraries' routines; all libraries when null.</param>
    public static async Task<IReadOnlyList<PublishedRoutine>> PublishedRoutinesAsync(this MassageDbContext db, CancellationToken ct,
        IReadOnlyCollection<int>? libraryIds = null) =>
        (await LatestVersions(db, libraryIds is null ? db.Routines : db.Routines.Where(r => libraryIds.Contains(r.LibraryId))).ToListAsync(ct))
            .Select(ToPublished)
            .OrderBy(r => r.Routine.Phase).ThenBy(r => r.Routine.Name, StringComparer.Ordinal)
            .ToList();

    public static async Task<PublishedRoutine?> PublishedRoutineAsync(this MassageDbContext db, string slug, CancellationToken ct)
    {
        if (SiteSlugs.IsBuilt(slug))
        {
            return await db.BuiltRoutines.AsNoTracking().Include(b => b.Library).FirstOrDefaultAsync(b => b.Slug == slug, ct) is { } built
                ? ToPublished(built)
                : null;
        }
        return await LatestVersions(db, db.Routines.Where(r => r.Slug == slug)).FirstOrDefaultAsync(ct) is { } row ? ToPublished(row) : null;
    }

    /// <summary>Any version ever published, or a built routine (always version 1), for checking a session that started on it.</summary>
    public static async Task<RoutineVersion?> RoutineVersionAsync(this MassageDbContext db, string slug, int version, CancellationToken ct)
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

    public static async Task<IReadOnlyList<Move>> PublishedMovesAsync(this MassageDbContext db, CancellationToken ct) =>
        (await db.Moves.AsNoTracking().Where(m => m.Status == ContentStatus.Published).OrderBy(m => m.Name).ToListAsync(ct))
            .Select(m => m.ToMove()).ToList();

    public static async Task<(Move Move, string LibraryName)?> PublishedMoveAsync(this MassageDbContext db, string slug, CancellationToken ct)
    {
        var record = await db.Moves.AsNoTracking().Include(m => m.Library)
            .FirstOrDefaultAsync(m => m.Slug == slug && m.Status == ContentStatus.Published, ct);
        return record is null ? null : (record.ToMove(), record.Library!.Name);
    }

    private sealed record LatestVersion(int LibraryId, string LibraryName, RoutineVersionRecord Version);

    private static IQueryable<LatestVersion> LatestVersions(MassageDbContext db, IQueryable<RoutineRecord> routines) =>
        from routine in routines.AsNoTracking()
        where routine.Status == ContentStatus.Published
        join version in db.RoutineVersions on new { RoutineId = routine.Id, routine.Version } equals new { version.RoutineId, version.Version }
        select new LatestVersion(routine.LibraryId, routine.Library!.Name, version);

    private static PublishedRoutine ToPublished(LatestVersion row)
    {
        var routine = row.Version.ToRoutine();
        return new PublishedRoutine(routine, row.LibraryId, row.LibraryName, TimelineBuilder.Build(routine));
    }

    private static PublishedRoutine ToPublished(BuiltRoutineRecord built)
    {
        var routine = built.ToRoutine();
        return new PublishedRoutine(routine, built.LibraryId, built.Library!.Name, TimelineBuilder.Build(routine), new BuildResult(routine, built.Whys, built.Notes));
    }
}
