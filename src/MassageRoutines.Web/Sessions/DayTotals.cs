using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Keeps <see cref="DayTotal"/> and <see cref="WeekRegionTotal"/> in step with the session logs: each
/// write adds its logs' counts in the same transaction, by upserts that add (so instances writing at
/// once add up rather than overwrite), a statement per table for the batch (<see cref="SessionRows"/>). Days are the
/// site's days; if the site's time zone changes, the totals are counted again at start. The SQL is
/// built from our own table and column names and numbered placeholders only; every value is a parameter.
/// </summary>
public sealed class DayTotals(SiteTimeZone zone)
{
    public const string Table = SessionTables.DayTotals;
    public const string RegionTable = SessionTables.WeekRegionTotals;
    private const string ZoneSetting = "DayTotals.TimeZone";

    public int DayOf(DateTime utc) => zone.DayOf(utc).DayNumber;

    /// <summary>The day number of the Monday of a day's week.</summary>
    private static int WeekOf(int day) => Weeks.MondayOf(DateOnly.FromDayNumber(day)).DayNumber;

    /// <summary>Adds the logs to the totals, and their first sessions of a day to the runs of days, inside the caller's transaction.</summary>
    public async Task AddAsync(MassageDbContext db, IReadOnlyCollection<SessionLog> logs, CancellationToken ct = default) =>
        await DayRuns.AddAsync(db, await AddTotalsAsync(db, logs, ct), ct);

    /// <summary>Adds the logs to the day and week totals; returns the days that had no session before.</summary>
    private async Task<List<(OwnerKey Owner, int Day)>> AddTotalsAsync(MassageDbContext db, IReadOnlyCollection<SessionLog> logs, CancellationToken ct)
    {
        if (logs.Count == 0)
        {
            return [];
        }
        var days = logs.GroupBy(l => (l.Owner, Day: DayOf(l.StartedAt)))
            .Select(g => new DayTotal
            {
                OwnerKind = g.Key.Owner.Kind,
                OwnerId = g.Key.Owner.Id,
                Day = g.Key.Day,
                Sessions = g.Count(),
                Completed = g.Count(l => l.Outcome == SessionOutcome.Completed),
                PainStops = g.Count(l => l.Outcome == SessionOutcome.StoppedForPain),
                ActiveSeconds = g.Sum(l => l.ActiveSeconds),
            }).ToList();
        var regions = logs.SelectMany(l => l.RegionSeconds.Select(r => (l.Owner, Week: WeekOf(DayOf(l.StartedAt)), r.Region, r.Seconds)))
            .GroupBy(x => (x.Owner, x.Week, x.Region))
            .Select(g => new WeekRegionTotal
            {
                OwnerKind = g.Key.Owner.Kind, OwnerId = g.Key.Owner.Id, Week = g.Key.Week, Region = g.Key.Region, Seconds = g.Sum(x => x.Seconds),
            })
            .ToList();
        return await UpsertAsync(db, days, regions, ct);
    }

    /// <summary>At sign-in, an anonymous runner's totals join the account's (inside the caller's transaction).</summary>
    public static async Task MoveAsync(MassageDbContext db, OwnerKey from, OwnerKey to, CancellationToken ct = default)
    {
        object[] owners = [Kind(from), from.Id, Kind(to), to.Id];
        var moveDays = $$"""
            INSERT INTO "{{Table}}" ("OwnerKind", "OwnerId", "Day", "Sessions", "Completed", "PainStops", "ActiveSeconds")
            SELECT {2}, {3}, "Day", "Sessions", "Completed", "PainStops", "ActiveSeconds" FROM "{{Table}}" WHERE "OwnerKind" = {0} AND "OwnerId" = {1}
            ON CONFLICT ("OwnerKind", "OwnerId", "Day") DO UPDATE SET {{Added(Table, "Sessions", "Completed", "PainStops", "ActiveSeconds")}}
            """;
        await db.Database.ExecuteSqlRawAsync(moveDays, owners, ct);
        var moveRegions = $$"""
            INSERT INTO "{{RegionTable}}" ("OwnerKind", "OwnerId", "Week", "Region", "Seconds")
            SELECT {2}, {3}, "Week", "Region", "Seconds" FROM "{{RegionTable}}" WHERE "OwnerKind" = {0} AND "OwnerId" = {1}
            ON CONFLICT ("OwnerKind", "OwnerId", "Week", "Region") DO UPDATE SET {{Added(RegionTable, "Seconds")}}
            """;
        await db.Database.ExecuteSqlRawAsync(moveRegions, owners, ct);
        await db.DayTotals.OwnedBy(from).ExecuteDeleteAsync(ct);
        await db.WeekRegionTotals.OwnedBy(from).ExecuteDeleteAsync(ct);
        await db.DayRuns.OwnedBy(from).ExecuteDeleteAsync(ct);
        await DayRuns.RebuildAsync(db, to, ct);
    }

    /// <summary>An owner's kind as its column stores it (by name, as every enum is stored).</summary>
    public static string Kind(OwnerKey owner) => owner.Kind.ToString();

    /// <summary>
    /// Counts the totals again from every log when they were counted in another time zone, or never
    /// (a database from before they existed). Runs at start, before requests; reads the logs in chunks.
    /// </summary>
    public async Task RecountIfNeededAsync(MassageDbContext db, CancellationToken ct)
    {
        // Read on every restart: a plain command, where an EF Core query would be compiled first (see StartUpReads).
        var counted = await db.ScalarAsync("""SELECT "Value" FROM "StoreSettings" WHERE "Key" = @key""", ct, ("@key", ZoneSetting)) as string;
        if (counted == zone.Zone.Id)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.DayTotals.ExecuteDeleteAsync(ct);
        await db.WeekRegionTotals.ExecuteDeleteAsync(ct);
        Guid? after = null;
        while (true)
        {
            var chunk = await db.SessionLogs.AsNoTracking().Where(l => after == null || l.Id.CompareTo(after.Value) > 0)
                .OrderBy(l => l.Id).Take(2000).ToListAsync(ct);
            if (chunk.Count == 0)
            {
                break;
            }
            await AddTotalsAsync(db, chunk, ct);
            after = chunk[^1].Id;
        }
        // Once from all the days, rather than a day at a time as they are counted.
        await DayRuns.RebuildAllAsync(db, ct);
        await db.StoreSettings.Where(s => s.Key == ZoneSetting).ExecuteDeleteAsync(ct);
        db.StoreSettings.Add(new StoreSetting { Key = ZoneSetting, Value = zone.Zone.Id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<List<(OwnerKey Owner, int Day)>> UpsertAsync(MassageDbContext db, List<DayTotal> days, List<WeekRegionTotal> regions, CancellationToken ct)
    {
        // A day whose count after the add is what this write added had no session before.
        var counted = await SessionRows.AddDaysAsync(db, days, ct);
        await SessionRows.AddRegionsAsync(db, regions, ct);
        var added = days.ToDictionary(d => (new OwnerKey(d.OwnerKind, d.OwnerId), d.Day), d => d.Sessions);
        return counted.Where(c => c.Sessions == added[(c.Owner, c.Day)]).Select(c => (c.Owner, c.Day)).ToList();
    }

    private static string Added(string table, params string[] columns) =>
        string.Join(", ", columns.Select(c => $"\"{c}\" = \"{table}\".\"{c}\" + excluded.\"{c}\""));
}
