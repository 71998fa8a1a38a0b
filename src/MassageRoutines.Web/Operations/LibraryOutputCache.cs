using System.Globalization;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Public library pages and API answers are the same for every anonymous visitor, so their output is
/// cached in memory under <see cref="Tag"/>, which the library feature evicts whenever a coach changes
/// a library, on this instance or another. Requests from signed-in users and responses that set a
/// cookie bypass the cache (the framework's default rules). Should a signal be lost, an entry still lasts at most <see cref="MaxAge"/>.
/// </summary>
public static class LibraryOutputCache
{
    public const string Policy = "library";
    public const string Tag = "library";
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private const long Megabyte = 1024 * 1024;

    public static WebApplicationBuilder AddLibraryOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy.Tag(Tag).Expire(MaxAge)
            // One copy per language: the request's culture is set by then (UseLanguages runs first).
            .VaryByValue(_ => new KeyValuePair<string, string>("language", CultureInfo.CurrentUICulture.Name))));
        builder.Services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<CacheOptions>>((options, caches) =>
            options.SizeLimit = caches.Value.OutputMegabytes * Megabyte);
        builder.Services.AddOptions<CacheTagHelperOptions>().Configure<IOptions<CacheOptions>>((options, caches) =>
            options.SizeLimit = caches.Value.FragmentMegabytes * Megabyte);
        return builder;
    }

    public static WebApplication UseLibraryOutputCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}
