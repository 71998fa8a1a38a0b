using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Data;

/// <summary>A published routine as runners see it, with the timeline as authored.</summary>
public sealed record PublishedRoutine(Routine Routine, string LibraryName, Timeline Timeline)
{
    public IReadOnlyList<BodyRegion> Regions => Timeline.SecondsByRegion.Keys.ToList();
    public IReadOnlyList<Tool> Tools => Timeline.Tools.ToList();
}

/// <summary>What runners may see: published moves and routines of every library.</summary>
public static class PublishedLibrary
{
    public static async Task<IReadOnlyList<PublishedRoutine>> PublishedRoutinesAsync(this MassageDbContext db, CancellationToken ct)
    {
        var records = await RoutinesWithMoves(db).Where(r => r.Status == ContentStatus.Published)
            .OrderBy(r => r.Phase).ThenBy(r => r.Name).ToListAsync(ct);
        return await ToPublishedAsync(db, records, ct);
    }

    public static async Task<PublishedRoutine?> PublishedRoutineAsync(this MassageDbContext db, string slug, CancellationToken ct)
    {
        var record = await RoutinesWithMoves(db).FirstOrDefaultAsync(r => r.Slug == slug && r.Status == ContentStatus.Published, ct);
        return record is null ? null : (await ToPublishedAsync(db, [record], ct))[0];
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

    private static IQueryable<RoutineRecord> RoutinesWithMoves(MassageDbContext db) =>
        db.Routines.AsNoTracking().AsSplitQuery().Include(r => r.Library).Include(r => r.Items).ThenInclude(i => i.Move);

    private static async Task<IReadOnlyList<PublishedRoutine>> ToPublishedAsync(MassageDbContext db, List<RoutineRecord> records, CancellationToken ct)
    {
        var drillSlugs = records.SelectMany(r => r.WarmUpDrills).Distinct().ToList();
        var drills = drillSlugs.Count == 0
            ? new Dictionary<string, Move>()
            : (await db.Moves.AsNoTracking().Where(m => drillSlugs.Contains(m.Slug)).ToListAsync(ct)).ToDictionary(m => m.Slug, m => m.ToMove());
        return records.Select(r =>
        {
            var routine = r.ToRoutine(drills);
            return new PublishedRoutine(routine, r.Library!.Name, TimelineBuilder.Build(routine));
        }).ToList();
    }
}
