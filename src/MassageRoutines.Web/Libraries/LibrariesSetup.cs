using MassageRoutines.Web.Data.Providers;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Libraries;

/// <summary>The library feature: its caches, its change signal, editing, and the seeds loaded at start-up.</summary>
public static class LibrariesSetup
{
    public static WebApplicationBuilder AddLibraries(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SeedsOptions>().BindConfiguration(SeedsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SeedLoader>();
        services.AddSingleton<RoutineVersionCache>();
        services.AddSingleton<PublishedLibrary>();
        services.AddScoped<LibraryEditing>();
        services.AddScoped<MoveEditing>();
        services.AddScoped<RoutineEditing>();
        services.AddScoped<KeptRoutines>();

        // On one SQLite file a change stays in this process; on PostgreSQL every instance hears of it.
        if (DatabaseOptions.Read(builder.Configuration) == DatabaseProvider.Postgres)
        {
            services.AddSingleton<PostgresLibraryChanges>();
            services.AddSingleton<LibraryChanges>(provider => provider.GetRequiredService<PostgresLibraryChanges>());
            services.AddHostedService(provider => new PostgresLibraryListener(provider.GetRequiredService<PostgresLibraryChanges>(),
                provider.GetRequiredService<StoreProvider>().ConnectionString, provider.GetRequiredService<ILogger<PostgresLibraryListener>>()));
        }
        else
        {
            services.AddSingleton<LibraryChanges>();
        }
        return builder;
    }

    /// <summary>Loads any seed move or routine the store lacks; under the start-up lock, after the store is migrated.</summary>
    public static async Task PrepareLibrariesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var folder = scope.ServiceProvider.GetRequiredService<IOptions<SeedsOptions>>().Value.Path;
        await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(folder, CancellationToken.None);
    }
}
