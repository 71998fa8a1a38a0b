using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A version of a routine that was published, and the library it belongs to.</summary>
public sealed record RoutineVersion(Routine Routine, int LibraryId);

/// <summary>A published routine as runners see it, with the timeline as authored.</summary>
public sealed record PublishedRoutine(Routine Routine, int LibraryId, string LibraryName, Timeline Timeline)
{
    public IReadOnlyList<BodyRegion> Regions => Timeline.SecondsByRegion.Keys.ToList();
    public IReadOnlyList<Tool> Tools => Timeline.Tools.ToList();
}

/// <summary>
/// What runners may see: the latest published version of each published routine, and the published
/// moves of every library.
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

    /// <summary>The published ones of these routines, by slug; a slug that is not published is left out.</summary>
    public static async Task<IReadOnlyDictionary<string, PublishedRoutine>> PublishedRoutinesAsync(this MassageDbContext db,
        IReadOnlyCollection<string> slugs, CancellationToken ct) =>
        (await LatestVersions(db, db.Routines.Where(r => slugs.Contains(r.Slug))).ToListAsync(ct))
            .Select(ToPublished)
            .ToDictionary(r => r.Routine.Slug);

    public static async Task<PublishedRoutine?> PublishedRoutineAsync(this MassageDbContext db, string slug, CancellationToken ct) =>
        await LatestVersions(db, db.Routines.Where(r => r.Slug == slug)).FirstOrDefaultAsync(ct) is { } row ? ToPublished(row) : null;

    /// <summary>Any version ever published, for checking a session that started on it.</summary>
    public static async Task<RoutineVersion?> RoutineVersionAsync(this MassageDbContext db, string slug, int version, CancellationToken ct) =>
        await (from v in db.RoutineVersions.AsNoTracking()
               join r in db.Routines on v.RoutineId equals r.Id
               where r.Slug == slug && v.Version == version
               select new { v, r.LibraryId }).FirstOrDefaultAsync(ct) is { } found
            ? new RoutineVersion(found.v.ToRoutine(), found.LibraryId)
            : null;

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
}
