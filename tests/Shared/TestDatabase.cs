using Microsoft.Data.Sqlite;
using Npgsql;

namespace MassageRoutines.Testing;

/// <summary>
/// A test app's own database: a temporary SQLite file, or, when MASSAGE_TEST_POSTGRES holds a
/// PostgreSQL server's connection string (scripts/test.sh's second pass), a database of its own on
/// that server, which the app creates on start and this drops. Everything a test needs to know about
/// which database it runs on is here.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MASSAGE_TEST_POSTGRES";

    /// <summary>The server's connection string (as a superuser) in the PostgreSQL pass; null in the SQLite one.</summary>
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static bool OnPostgres => PostgresServer is not null;

    private readonly string? folder;

    private TestDatabase(string provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
    }

    /// <summary>The app's <c>Database:Provider</c>.</summary>
    public string Provider { get; }

    /// <summary>The app's <c>ConnectionStrings:MassageRoutines</c>.</summary>
    public string ConnectionString { get; }

    public static TestDatabase Create()
    {
        if (PostgresServer is { } server)
        {
            var name = $"massage_test_{Guid.NewGuid():N}";
            return new("Postgres", new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), folder: null);
        }
        var folder = Directory.CreateTempSubdirectory("massage-routines-test-").FullName;
        return new("Sqlite", $"Data Source={Path.Combine(folder, "test.db")}", folder);
    }

    /// <summary>Takes the database away under a running app: its next query fails.</summary>
    public async Task LoseAsync()
    {
        if (folder is null)
        {
            await DropAsync();
            return;
        }
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is null)
        {
            await DropAsync();
            return;
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task DropAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var server = new NpgsqlConnection(PostgresServer);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
