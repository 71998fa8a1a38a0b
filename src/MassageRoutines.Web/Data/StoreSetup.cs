using MassageRoutines.Web.Libraries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Data;

public static class StoreSetup
{
    public const string ConnectionName = "MassageRoutines";

    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDbContextPool<MassageDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddScoped<SeedLoader>();
        builder.Services.AddSingleton<RoutineVersionCache>();
        // Ready means the schema answers a query, not merely that the file opens.
        builder.Services.AddHealthChecks().AddDbContextCheck<MassageDbContext>(
            "database", tags: ["ready"], customTestQuery: (db, ct) => db.Libraries.AnyAsync(ct));
        return builder;
    }

    /// <summary>Creates or migrates the database, then loads any seed move or routine it lacks.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        await db.Database.MigrateAsync();
        // WAL lets runners read while a session log is written; the setting stays with the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var seedsFolder = app.Configuration["Seeds:Path"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(seedsFolder, CancellationToken.None);
    }

    /// <summary>A relative SQLite path is taken from the app's content root, and its folder is made if missing.</summary>
    private static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{ConnectionName} (or the variable ConnectionStrings__{ConnectionName})."));
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }
}
