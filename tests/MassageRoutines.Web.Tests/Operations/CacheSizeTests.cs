using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>The page caches hold at most what Caches:* says, less than the framework's 100 MB each by default.</summary>
public class CacheSizeTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task The_page_caches_are_smaller_than_the_frameworks_defaults()
    {
        await using var app = new AppFactory();

        Assert.Equal(32 * Megabyte, app.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
        Assert.Equal(16 * Megabyte, app.Services.GetRequiredService<IOptions<CacheTagHelperOptions>>().Value.SizeLimit);
    }

    [Fact]
    public async Task An_operator_sets_the_page_caches_sizes()
    {
        await using var app = new AppFactory { Settings = { ["Caches:OutputMegabytes"] = "8", ["Caches:FragmentMegabytes"] = "4" } };

        Assert.Equal(8 * Megabyte, app.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
        Assert.Equal(4 * Megabyte, app.Services.GetRequiredService<IOptions<CacheTagHelperOptions>>().Value.SizeLimit);
    }

    [Fact]
    public async Task A_cache_size_of_zero_stops_start_up_naming_the_setting()
    {
        await using var app = new AppFactory { Settings = { ["Caches:OutputMegabytes"] = "0" } };

        var error = Record.Exception(() => app.CreateClient());

        Assert.Contains("Caches:OutputMegabytes takes a size in MB from 1 to 4096.", error?.ToString());
    }
}
