using MassageRoutines.Web.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MassageRoutines.Web.Tests.Data;

public class StoreTests
{
    [Fact]
    public async Task The_configured_database_is_created_by_its_own_migrations()
    {
        await using var app = new AppFactory();

        var (provider, applied, pending) = await app.WithDbAsync(async db =>
            (db.Database.ProviderName, (await db.Database.GetAppliedMigrationsAsync()).ToList(), await db.Database.GetPendingMigrationsAsync()));

        Assert.Contains(app.Database.Provider == "Postgres" ? "Npgsql" : "Sqlite", provider);
        Assert.NotEmpty(applied);
        Assert.Empty(pending);
    }

    [SqliteFact, Trait("Database", "Sqlite")]
    public async Task A_sqlite_file_runs_in_wal_mode()
    {
        await using var app = new AppFactory();

        var journalMode = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", Assert.Single(journalMode));
        Assert.True(File.Exists(new SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource));
    }

    [SqliteFact, Trait("Database", "Sqlite")]
    public async Task A_sqlite_commit_is_on_disk_before_it_returns()
    {
        await using var app = new AppFactory();

        // 2 is FULL: every commit, WAL included, waits for the disk; a 201 after a commit means the log is kept.
        var synchronous = await app.WithDbAsync(db => db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync());

        Assert.Equal(2, Assert.Single(synchronous));
    }

    [SqliteFact, Trait("Database", "Sqlite")]
    public async Task A_sqlite_file_from_before_postgres_support_migrates_on_start_and_gets_its_cookie_key()
    {
        await using var database = TestDatabase.Create();
        var options = new DbContextOptionsBuilder<SqliteMassageDbContext>().UseSqlite(database.ConnectionString).Options;
        await using (var old = new SqliteMassageDbContext(options))
        {
            // The last migration made before the SQLite migrations moved to a folder of their own.
            await old.GetService<IMigrator>().MigrateAsync("20261126200122_Kiosks");
        }

        await using var app = AppFactory.On(database);
        var (all, applied, keys) = await app.WithDbAsync(async db =>
            (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList(), await db.DataProtectionKeys.CountAsync()));

        Assert.Equal(all, applied);
        Assert.Equal(1, keys);
    }

    [Fact]
    public async Task A_database_provider_it_does_not_know_stops_start_up_naming_the_setting_and_its_choices()
    {
        await using var app = new AppFactory { Settings = { ["Database:Provider"] = "MySql" } };

        var error = Record.Exception(() => app.CreateClient());

        Assert.Contains("Database:Provider accepts Sqlite (one instance, one file) or Postgres.", error?.ToString());
    }
}
