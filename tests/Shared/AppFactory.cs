using System.Runtime.CompilerServices;
using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Building;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Testing;

/// <summary>The whole app on its own test database, migrated and seeded as on a real first start.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsDatabase;

    public AppFactory() : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    private AppFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        this.ownsDatabase = ownsDatabase;
    }

    /// <summary>A second app on the database another factory made, as after a restart; the first keeps the database.</summary>
    public static AppFactory RestartOf(AppFactory previous) => new(previous.Database, ownsDatabase: false);

    /// <summary>An app on a database made and kept by the test.</summary>
    public static AppFactory On(TestDatabase database) => new(database, ownsDatabase: false);

    public TestDatabase Database { get; }

    /// <summary>The sign-in rate limit; high by default so tests that sign in often are not held up.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10_000;

    /// <summary>The limit on new built routines per client; high by default, as the builder's tests build many.</summary>
    public int NewBuildsPerMinute { get; init; } = 10_000;

    /// <summary>The limit on new push subscriptions per client; high by default, as the hostile-input tests post many.</summary>
    public int PushSubscriptionsPerMinute { get; init; } = 10_000;

    /// <summary>The app's TimeProvider.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Set before first use to load seeds from somewhere other than the repository's seeds/.</summary>
    public string? SeedsFolder { get; init; }

    /// <summary>The hosting environment the app runs in.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>More settings, by configuration key.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting($"ConnectionStrings:{StoreSetup.ConnectionName}", Database.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting($"{SignInOptions.Section}:{nameof(SignInOptions.AttemptsPerMinute)}", SignInAttemptsPerMinute.ToString());
        builder.UseSetting($"{BuildingOptions.Section}:{nameof(BuildingOptions.NewRoutinesPerMinute)}", NewBuildsPerMinute.ToString());
        // High, as many tests post a first session from a new client.
        builder.UseSetting($"{SessionsOptions.Section}:{nameof(SessionsOptions.NewRunnersPerMinute)}", "10000");
        builder.UseSetting($"{RemindersOptions.Section}:{nameof(RemindersOptions.SubscriptionsPerMinute)}", PushSubscriptionsPerMinute.ToString());
        // Reminder pushes run when a test says (ReminderPushTests), not on the worker's own timer.
        builder.UseSetting(ReminderPushService.Setting, "0");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (SeedsFolder is not null)
        {
            builder.UseSetting("Seeds:Path", SeedsFolder);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The clock of the app a client was made for, or null for a client of an app in another process.</summary>
    public static TestClock? ClockOf(HttpClient client) => Clocks.TryGetValue(client, out var clock) ? clock : null;

    private static readonly ConditionalWeakTable<HttpClient, TestClock> Clocks = new();

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        Clocks.AddOrUpdate(client, Clock);
    }

    /// <summary>After a test changes the library straight in the database: tells the app, as its own writes do.</summary>
    public Task LibraryChangedAsync() => Services.GetRequiredService<MassageRoutines.Web.Libraries.LibraryChanges>().AnnounceAsync(CancellationToken.None);

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<MassageDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MassageDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
