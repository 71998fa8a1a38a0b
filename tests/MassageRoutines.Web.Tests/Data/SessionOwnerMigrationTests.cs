using System.Globalization;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MassageRoutines.Web.Tests.Data;

/// <summary>The SplitSessionOwner migration, on a database written before it, on either provider.</summary>
public class SessionOwnerMigrationTests
{
    private const string Migration = "SplitSessionOwner";

    private static readonly DateTime Played = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Logs_of_accounts_devices_and_kiosks_keep_their_owner_and_the_totals_are_counted_again()
    {
        await using var database = TestDatabase.Create();
        var (account, device) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"));
        var (accountLog, deviceLog, kioskLog) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var old = OldContext(database))
        {
            // Stop just before the split; the app then applies it and every migration after it.
            var migrations = old.Database.GetMigrations().ToList();
            var split = migrations.FindIndex(m => m.EndsWith($"_{Migration}", StringComparison.Ordinal));
            Assert.True(split > 0, $"No migration {Migration} after the first.");
            await old.GetService<IMigrator>().MigrateAsync(migrations[split - 1]);

            await InsertLogAsync(old, accountLog, runnerId: $"user-{account}", kioskId: null);
            await InsertLogAsync(old, deviceLog, runnerId: $"anon-{device}", kioskId: null);
            await InsertLogAsync(old, kioskLog, runnerId: null, kioskId: 7);
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO "PushSubscriptions" ("RunnerId", "Endpoint", "P256dh", "Auth", "CreatedAt") VALUES ({0}, 'https://push.example/a', 'x', 'y', {1}), ({2}, 'https://push.example/d', 'x', 'y', {1})""",
                $"user-{account}", Played, $"anon-{device}");
            // Totals as they were kept: one stale row, and the zone they were counted in.
            await old.Database.ExecuteSqlRawAsync(
                """INSERT INTO "DayTotals" ("Who", "Day", "Sessions", "Completed", "PainStops", "ActiveSeconds") VALUES ({0}, 1, 99, 0, 0, 0)""", $"anon-{device}");
            await old.Database.ExecuteSqlRawAsync("""INSERT INTO "StoreSettings" ("Key", "Value") VALUES ('DayTotals.TimeZone', 'UTC')""");
        }

        await using var app = AppFactory.On(database);
        var owners = await app.WithDbAsync(db => db.SessionLogs.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Owner));
        var subscriptions = await app.WithDbAsync(db => db.PushSubscriptions.AsNoTracking().OrderBy(s => s.Endpoint).Select(s => s.Owner).ToListAsync());
        var totals = await app.WithDbAsync(db => db.DayTotals.AsNoTracking().OrderBy(t => t.OwnerKind).ToListAsync());
        var runs = await app.WithDbAsync(db => db.DayRuns.AsNoTracking().CountAsync());

        Assert.Equal(OwnerKey.Account(account), owners[accountLog]);
        Assert.Equal(OwnerKey.Device(device), owners[deviceLog]);
        Assert.Equal(OwnerKey.Kiosk(7), owners[kioskLog]);
        Assert.Equal([OwnerKey.Account(account), OwnerKey.Device(device)], subscriptions);
        var day = DateOnly.FromDateTime(Played).DayNumber;
        Assert.Equal([(OwnerKey.Account(account), day, 1), (OwnerKey.Device(device), day, 1), (OwnerKey.Kiosk(7), day, 1)],
            totals.Select(t => (new OwnerKey(t.OwnerKind, t.OwnerId), t.Day, t.Sessions)));
        Assert.Equal(3, runs);
    }

    private static MassageDbContext OldContext(TestDatabase database) => database.Provider == "Postgres"
        ? new PostgresMassageDbContext(new DbContextOptionsBuilder<PostgresMassageDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteMassageDbContext(new DbContextOptionsBuilder<SqliteMassageDbContext>().UseSqlite(database.ConnectionString).Options);

    /// <summary>A completed five-minute log in the columns it had before the migration; the values each provider reads as its own.</summary>
    private static Task InsertLogAsync(MassageDbContext db, Guid id, string? runnerId, int? kioskId)
    {
        var postgres = db.Database.ProviderName!.Contains("Npgsql");
        var sore = postgres ? "'{{}}'" : "'[]'"; // braces doubled: EF formats the SQL
        string Time(DateTime utc) => postgres ? $"'{utc:yyyy-MM-dd HH:mm:ss}+00'" : $"'{utc:yyyy-MM-dd HH:mm:ss}'";
        var runner = runnerId is null ? "NULL" : "{0}";
        var kiosk = kioskId is { } number ? number.ToString(CultureInfo.InvariantCulture) : "NULL";
        var insert = $"""
            INSERT INTO "SessionLogs" ("Id", "RoutineSlug", "RoutineVersion", "RoutineName", "WarmUp", "RunnerId", "KioskId", "StartedAt", "EndedAt",
                "Outcome", "Segments", "PainEvents", "SoreRegions", "ActiveSeconds", "RegionSeconds", "ReceivedAt", "Fingerprint")
            VALUES ('{id.ToString().ToUpperInvariant()}', 'post-run-quick', 1, 'Post-run quick', 'Timed', {runner}, {kiosk}, {Time(Played)}, {Time(Played.AddMinutes(5))},
                'Completed', '[]', '[]', {sore}, 300, '[]', {Time(Played.AddMinutes(5))}, 'x')
            """;
        return db.Database.ExecuteSqlRawAsync(insert, runnerId is null ? Array.Empty<object>() : new object[] { runnerId });
    }
}
