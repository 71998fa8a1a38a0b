using MassageRoutines.Web.Data.CompiledModels.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MassageRoutines.Web.Data.Providers;

/// <summary>Migrations in Data/Migrations/Postgres. Times are <c>timestamptz</c>, written and read as UTC.</summary>
public sealed class PostgresMassageDbContext(DbContextOptions<PostgresMassageDbContext> options) : MassageDbContext(options)
{
    /// <summary>The first key of the two-key advisory lock on a runner's runs of days; the second is a hash of the runner's id.</summary>
    private const int RunsOfDaysLock = 0x44_61_79_73; // "Days"

    /// <summary>
    /// Held to the end of the transaction; all of a batch's owners in one statement, in the order of
    /// their keys, so two writers never wait for each other in a circle. Two owners whose ids hash
    /// alike (of any kinds) only wait for each other.
    /// </summary>
    public override async Task LockRunsOfDaysAsync(IReadOnlyCollection<OwnerKey> owners, CancellationToken ct)
    {
        var ids = owners.Select(o => o.Id).ToArray();
        await Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({RunsOfDaysLock}, k) FROM (SELECT DISTINCT hashtext(id) AS k FROM unnest({ids}) AS id ORDER BY k) AS keys", ct);
    }

    /// <summary>Looked up on the search path, as the unqualified history table is.</summary>
    public override string HistoryTableExistsSql => $"""SELECT to_regclass('"{HistoryRepository.DefaultTableName}"') IS NOT NULL""";
}

/// <summary>
/// For several instances on one PostgreSQL database: they take turns preparing it at start-up (a
/// library change is told to all of them with NOTIFY: Libraries/PostgresLibraryChanges).
/// </summary>
public sealed class PostgresProvider(string connectionString) : StoreProvider(connectionString)
{
    /// <summary>The advisory lock instances hold while preparing the database; any number no one else uses.</summary>
    private const long StartUpLockKey = 0x4D_61_73_73_61_67_65; // "Massage"

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(ConnectionString));
        services.AddDbContextPool<MassageDbContext, PostgresMassageDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()).UseModel(PostgresMassageDbContextModel.Instance));
    }

    public override async Task<IAsyncDisposable> LockStartUpAsync(IServiceProvider services, CancellationToken ct)
    {
        await CreateDatabaseIfMissingAsync(services, ct);
        var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(ct);
        try
        {
            // Waits as long as another instance takes to migrate and seed.
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({StartUpLockKey})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
            return new StartUpLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>As EF Core's Migrate would, but before the lock, which needs the database to connect to.</summary>
    private static async Task CreateDatabaseIfMissingAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<MassageDbContext>().GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance made it first.
        }
    }

    private sealed class StartUpLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Unlocked explicitly: a pooled connection keeps its session, and its locks, until reused.
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({StartUpLockKey})", connection))
            {
                await command.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }
}
