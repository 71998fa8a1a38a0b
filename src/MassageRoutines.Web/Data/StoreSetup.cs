using MassageRoutines.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MassageRoutines.Web.Data;

public static class StoreSetup
{
    public const string ConnectionName = "MassageRoutines";

    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        var provider = StoreProvider.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(provider);
        provider.AddServices(builder.Services);
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Ready means the schema answers a query, not merely that the database connects.
        builder.Services.AddHealthChecks().AddDbContextCheck<MassageDbContext>(
            "database", tags: ["ready"], customTestQuery: async (db, ct) =>
                // A plain command: as an EF Core query, the first readiness check would compile it (see StartUpReads).
                await db.ScalarAsync("""SELECT 1 FROM "Libraries" LIMIT 1""", ct) is not null);
        return builder;
    }

    /// <summary>
    /// Held while preparing the database; of several instances starting at once, one migrates and
    /// seeds while the others wait.
    /// </summary>
    public static Task<IAsyncDisposable> LockStartUpAsync(this WebApplication app) =>
        app.Services.GetRequiredService<StoreProvider>().LockStartUpAsync(app.Services, CancellationToken.None);

    /// <summary>
    /// Creates or migrates the database. When every migration is already applied (most starts), Migrate
    /// is skipped: it would take its lock and compare the model with the last migration's, which costs a
    /// restart about 0.1 s of CPU and changes nothing.
    /// </summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        if (!await IsCurrentAsync(db))
        {
            await db.Database.MigrateAsync();
        }
        await app.Services.GetRequiredService<StoreProvider>().AfterMigrationAsync(db, CancellationToken.None);
    }

    /// <summary>Whether the database has every migration this build knows, and no other (none when it is new).</summary>
    /// <remarks>
    /// The applied migrations are read with a plain command: EF Core's GetAppliedMigrationsAsync first builds a
    /// model of its history table at run time, about 0.1 s of every restart.
    /// </remarks>
    public static async Task<bool> IsCurrentAsync(MassageDbContext db)
    {
        if (await db.ScalarAsync(db.HistoryTableExistsSql, CancellationToken.None) is not (true or 1L))
        {
            return false;
        }
        var applied = await db.ColumnAsync($"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" ORDER BY "MigrationId" """, CancellationToken.None);
        return applied.SequenceEqual(db.Database.GetMigrations(), StringComparer.Ordinal);
    }
}
