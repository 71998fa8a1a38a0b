namespace MassageRoutines.Web.Data.Providers;

/// <summary>
/// What differs between the two databases in the store: the context and its migrations, the
/// connection, and how instances take turns preparing the database. (How a library change reaches
/// other instances is the library's: Libraries/PostgresLibraryChanges.) The rest of the app injects
/// <see cref="MassageDbContext"/> and never asks which database it is.
/// </summary>
public abstract class StoreProvider(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public static StoreProvider FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(StoreSetup.ConnectionName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{StoreSetup.ConnectionName} (or the variable ConnectionStrings__{StoreSetup.ConnectionName}).");
        return DatabaseOptions.Read(configuration) switch
        {
            DatabaseProvider.Postgres => new PostgresProvider(connectionString),
            _ => new SqliteProvider(connectionString, contentRoot),
        };
    }

    /// <summary>Registers <see cref="MassageDbContext"/> as this database's subclass.</summary>
    public abstract void AddServices(IServiceCollection services);

    /// <summary>
    /// Held while the database is migrated and seeded, so that of several instances starting at once
    /// one prepares it and the others wait, then find it done.
    /// </summary>
    public abstract Task<IAsyncDisposable> LockStartUpAsync(IServiceProvider services, CancellationToken ct);

    /// <summary>Runs once the migrations are applied, still under the start-up lock.</summary>
    public virtual Task AfterMigrationAsync(MassageDbContext db, CancellationToken ct) => Task.CompletedTask;
}
