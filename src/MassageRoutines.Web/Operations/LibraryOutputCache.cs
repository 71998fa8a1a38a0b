using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Public library pages and API answers are the same for every anonymous visitor, so their output is
/// cached in memory and evicted whenever a move, routine or library is written. Requests from signed-in
/// users and responses that set a cookie bypass the cache (the framework's default rules). With several
/// app instances, another instance's edit shows here within <see cref="MaxAge"/>.
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

    /// <summary>Call after any write to the library, so runners see it on their next request.</summary>
    public static ValueTask EvictLibraryAsync(this IOutputCacheStore store, CancellationToken ct) => store.EvictByTagAsync(Tag, ct);
}
