using Npgsql;

namespace MassageRoutines.Web.Tests.Instances;

/// <summary>
/// Two app processes, A and B, started at the same moment on one empty PostgreSQL database, with the
/// settings compose.yaml gives its two instances; the test stands in for the proxy on loopback.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string CoachEmail = "head.coach@example.com";

    private readonly TestDatabase database = TestDatabase.Create();

    public AppProcess A { get; private set; } = null!;
    public AppProcess B { get; private set; } = null!;

    /// <summary>The settings compose.yaml gives its instances; there the database is "postgres" and Caddy's network 172.30.0.0/24.</summary>
    public Dictionary<string, string> Settings => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__MassageRoutines"] = database.ConnectionString,
        ["ForwardedHeaders__KnownNetworks__0"] = "127.0.0.0/8",
    };

    public async Task InitializeAsync()
    {
        if (!TestDatabase.OnPostgres)
        {
            return;
        }
        A = AppProcess.Start("A", Settings);
        B = AppProcess.Start("B", Settings);
        await Task.WhenAll(A.WaitUntilReadyAsync(), B.WaitUntilReadyAsync());
        var (exitCode, output) = await AppProcess.RunAsync(Settings, "create-coach", "--email", CoachEmail, "--password", TestAccounts.Password);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"create-coach exited with {exitCode}:\n{output}");
        }
    }

    /// <summary>One value from the shared database.</summary>
    public async Task<T> QueryAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        await database.DisposeAsync();
    }
}
