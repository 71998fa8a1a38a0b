using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Data;

public class StoreTests
{
    [Fact]
    public async Task The_database_is_created_by_migrations_and_runs_in_wal_mode()
    {
        await using var app = new AppFactory();

        var (journalMode, pending) = await app.WithDbAsync(async db =>
            (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(), await db.Database.GetPendingMigrationsAsync()));

        Assert.Equal("wal", Assert.Single(journalMode));
        Assert.Empty(pending);
        Assert.True(File.Exists(app.DatabasePath));
    }
}
