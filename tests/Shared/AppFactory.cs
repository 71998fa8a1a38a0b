using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Testing;

/// <summary>The whole app on its own temporary SQLite file, migrated and seeded as on a real first start.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string folder;
    private readonly bool ownsFolder;

    public AppFactory() : this(Directory.CreateTempSubdirectory("massage-routines-test-").FullName, ownsFolder: true)
    {
    }

    private AppFactory(string folder, bool ownsFolder)
    {
        this.folder = folder;
        this.ownsFolder = ownsFolder;
    }

    /// <summary>A second app on the database another factory made, as after a restart; the first keeps the folder.</summary>
    public static AppFactory RestartOf(AppFactory previous) => new(previous.folder, ownsFolder: false);

    public string DatabasePath => Path.Combine(folder, "test.db");

    /// <summary>The sign-in rate limit; high by default so tests that sign in often are not held up.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10_000;

    /// <summary>The app's TimeProvider.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Set before first use to load seeds from somewhere other than the repository's seeds/.</summary>
    public string? SeedsFolder { get; init; }

    /// <summary>The hosting environment the app runs in.</summary>
    public string Environment { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting($"ConnectionStrings:{StoreSetup.ConnectionName}", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(folder, "keys"));
        builder.UseSetting("SignIn:AttemptsPerMinute", SignInAttemptsPerMinute.ToString());
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (SeedsFolder is not null)
        {
            builder.UseSetting("Seeds:Path", SeedsFolder);
        }
    }

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<MassageDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MassageDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (ownsFolder)
        {
            Directory.Delete(folder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }
}
