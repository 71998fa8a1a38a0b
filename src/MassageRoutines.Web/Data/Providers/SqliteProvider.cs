using MassageRoutines.Web.Data.CompiledModels.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassageRoutines.Web.Data.Providers;

/// <summary>Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteMassageDbContext(DbContextOptions<SqliteMassageDbContext> options) : MassageDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Every stored time is UTC; SQLite keeps no kind, so say so when reading it back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    /// <summary>Internal, not private: the compiled model (Data/CompiledModels) names it.</summary>
    internal sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        time => time.ToUniversalTime(),
        time => DateTime.SpecifyKind(time, DateTimeKind.Utc));
}

/// <summary>
/// The default: one file beside the app, for one instance. Start-up needs no lock beyond the one EF Core takes while migrating.
/// </summary>
public sealed class SqliteProvider(string connectionString, string contentRoot) : StoreProvider(connectionString)
{
    public override void AddServices(IServiceCollection services)
    {
        var resolved = ResolvePath(ConnectionString, contentRoot);
        services.AddDbContextPool<MassageDbContext, SqliteMassageDbContext>(options => options.UseSqlite(resolved).UseModel(SqliteMassageDbContextModel.Instance));
    }

    public override Task<IAsyncDisposable> LockStartUpAsync(IServiceProvider services, CancellationToken ct) =>
        Task.FromResult<IAsyncDisposable>(new NoLock());

    public override async Task AfterMigrationAsync(MassageDbContext db, CancellationToken ct) =>
        // WAL lets runners read while a session log is written; the setting stays with the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    /// <summary>A relative path is taken from the app's content root, and its folder is made if missing.</summary>
    private static string ResolvePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
