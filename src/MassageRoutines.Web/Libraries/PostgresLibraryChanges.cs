using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace MassageRoutines.Web.Libraries;

/// <summary>A library change is also told to the other instances on the database, with NOTIFY.</summary>
public sealed class PostgresLibraryChanges(NpgsqlDataSource dataSource, AppMetrics metrics, IOutputCacheStore outputCache, ILogger<PostgresLibraryChanges> logger)
    : LibraryChanges(metrics, outputCache)
{
    public const string Channel = "library_changed";

    /// <summary>Sent with each notice, so an instance can tell its own from the others'.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    protected override async Task TellOtherInstancesAsync(CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"SELECT pg_notify('{Channel}', $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = InstanceId });
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e)
        {
            // The change is saved; only the other instances' caches lag, until their entries expire.
            logger.LogError(e, "Could not tell other instances that the library changed");
        }
    }
}

/// <summary>
/// Holds one connection that LISTENs for other instances' library changes and applies them here. When
/// the connection drops it reconnects. Each time it starts listening it empties the caches once, since
/// a notice may have been missed while it was not (also just after start-up, when pages may already
/// have been served).
/// </summary>
public sealed class PostgresLibraryListener(PostgresLibraryChanges changes, string connectionString, ILogger<PostgresLibraryListener> logger)
    : BackgroundService
{
    public const string ApplicationName = "massage-routines library listener";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    // Its own connection, outside the pool; the keepalive finds a silently dead one while it waits.
    private readonly string listenerConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        KeepAlive = 30,
        ApplicationName = ApplicationName,
    }.ToString();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Lost the connection that listens for library changes; reconnecting");
            }
            try
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(listenerConnectionString);
        await connection.OpenAsync(ct);
        var heard = false;
        connection.Notification += (_, notice) => heard |= notice.Payload != changes.InstanceId;
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresLibraryChanges.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        await changes.ApplyAsync("listening", ct);
        while (true)
        {
            await connection.WaitAsync(ct);
            if (heard)
            {
                heard = false;
                await changes.ApplyAsync("another-instance", ct);
            }
        }
    }
}
