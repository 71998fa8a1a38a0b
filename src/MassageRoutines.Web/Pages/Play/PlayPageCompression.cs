using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MassageRoutines.Web.Pages.Play;

/// <summary>
/// The player's HTML goes out compressed (about 15 KB becomes about 5 KB), the rest of the site's HTML
/// does not. Compressing a page over HTTPS can leak a secret in it through the page's length (BREACH) when
/// the page also echoes text an attacker chose. The player's page holds no secret (no antiforgery token:
/// PageWeightTests checks that) and echoes only the slug of a published routine, so it is safe to
/// compress; other pages carry tokens beside what was typed, so they are left alone. Static files come
/// precompressed from the build.
/// </summary>
public static class PlayPageCompression
{
    public static WebApplicationBuilder AddPlayPageCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UsePlayPageCompression(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/play"), player => player.UseResponseCompression());
        return app;
    }
}
