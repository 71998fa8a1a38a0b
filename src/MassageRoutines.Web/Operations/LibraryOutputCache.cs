using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Public library pages and API answers are the same for every anonymous visitor, so their output is
/// cached in memory and evicted on every <see cref="LibraryChanges"/> signal, from this instance or
/// another. Requests from signed-in users and responses that set a cookie bypass the cache (the
/// framework's default rules). Should a signal be lost, an entry still lasts at most <see cref="MaxAge"/>.
/// </summary>
public static class LibraryOutputCache
{
    public const string Policy = "library";
    private const string Tag = "library";
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static WebApplicationBuilder AddLibraryOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy.Tag(Tag).Expire(MaxAge)));
        return builder;
    }

    public static WebApplication UseLibraryOutputCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<LibraryChanges>().Subscribe(ct => store.EvictByTagAsync(Tag, ct));
        app.UseOutputCache();
        return app;
    }
}
