using MassageRoutines.Web.Data;
using MassageRoutines.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MassageRoutines.Web.Tests.Data;

/// <summary>Start-up skips EF Core's Migrate only when the database already has every migration.</summary>
public class StoreStartUpTests
{
    [Fact]
    public async Task A_database_the_app_has_started_on_is_current()
    {
        await using var app = new AppFactory();

        Assert.True(await app.WithDbAsync(StoreSetup.IsCurrentAsync));
    }

    [SqliteFact, Trait("Database", "Sqlite")]
    public async Task A_new_or_partly_migrated_database_is_not_current()
    {
        await using var database = TestDatabase.Create();
        var options = new DbContextOptionsBuilder<SqliteMassageDbContext>().UseSqlite(database.ConnectionString).Options;
        await using var db = new SqliteMassageDbContext(options);

        Assert.False(await StoreSetup.IsCurrentAsync(db));
        await db.GetService<IMigrator>().MigrateAsync("20261126200122_Kiosks");
        Assert.False(await StoreSetup.IsCurrentAsync(db));
    }
}
