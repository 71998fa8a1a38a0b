using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>
/// Every script, stylesheet, icon and image that the pages reference, and every module those scripts
/// import, is served whole with its type: asked for compressed or not, in each environment the app
/// runs in from a build (a publish serves wwwroot as it is).
/// </summary>
public partial class StaticAssetTests
{
    public static TheoryData<string> Environments => new() { "Development", "Production", "Testing" };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Every_asset_a_page_uses_is_served_whole_compressed_or_not(string environment)
    {
        await using var app = new AppFactory { Environment = environment };
        var (_, kiosk) = await app.CreateKioskAsync();
        var coachEmail = $"assets-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(coachEmail);
        var coach = await app.SignedInAsync(coachEmail);
        var anonymous = app.CreateClient();

        var pages = new (HttpClient Client, string Url)[]
        {
            (anonymous, "/"), (anonymous, "/routines"), (anonymous, "/routines/pre-run-full"), (anonymous, "/moves"),
            (anonymous, "/moves/it-band-quads-roll"), (anonymous, "/play/post-run-quick"), (anonymous, "/history"),
            (anonymous, "/account/sign-in"), (anonymous, "/account/register"), (anonymous, $"/kiosk/{kiosk}"),
            (anonymous, "/no-such-page"), (coach, "/coach"), (coach, "/coach/kiosks"), (coach, "/account"),
        };
        var assets = new HashSet<string>();
        foreach (var (client, url) in pages)
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            assets.UnionWith(Referenced().Matches(html).Select(m => m.Groups["url"].Value).Where(u => u.StartsWith('/')));
        }
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));

        // Modules a script imports are fetched by the browser too.
        var toRead = new Queue<string>(assets.Where(a => a.EndsWith(".js", StringComparison.Ordinal)));
        while (toRead.TryDequeue(out var script))
        {
            var source = await anonymous.GetStringAsync(script);
            foreach (var imported in Import().Matches(source).Select(m => new Uri(new Uri("http://x" + script), m.Groups["path"].Value).AbsolutePath))
            {
                if (assets.Add(imported))
                {
                    toRead.Enqueue(imported);
                }
            }
        }

        var failures = new List<string>();
        foreach (var asset in assets.Order())
        {
            foreach (var encoding in new[] { null, "gzip, deflate, br, zstd" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, asset);
                if (encoding is not null)
                {
                    request.Headers.AcceptEncoding.ParseAdd(encoding);
                }
                using var response = await anonymous.SendAsync(request);
                var body = Decoded(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding);
                var type = response.Content.Headers.ContentType?.MediaType;
                if (response.StatusCode != HttpStatusCode.OK || body.Length == 0 || type != TypeOf(asset))
                {
                    failures.Add($"{asset} ({encoding ?? "no encoding"}): {(int)response.StatusCode}, {body.Length} bytes, {type}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"In {environment}:\n{string.Join("\n", failures)}");
    }

    private static string TypeOf(string asset) => Path.GetExtension(asset) switch
    {
        ".js" => "text/javascript",
        ".css" => "text/css",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".json" or ".webmanifest" => "application/manifest+json",
        var other => throw new InvalidOperationException($"No expected type for {other} ({asset})."),
    };

    private static byte[] Decoded(byte[] body, ICollection<string> encodings)
    {
        if (encodings.Count == 0)
        {
            return body;
        }
        using var input = new MemoryStream(body);
        using Stream decoder = encodings.Single() switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            var other => throw new InvalidOperationException($"Unexpected encoding {other}."),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("""<(?:script|link|img)\b[^>]*?\b(?:src|href)="(?<url>[^"#?]+)""")]
    private static partial Regex Referenced();

    [GeneratedRegex("""(?:import|from)\s*\(?\s*['"](?<path>\.{1,2}/[^'"]+)['"]""")]
    private static partial Regex Import();
}
