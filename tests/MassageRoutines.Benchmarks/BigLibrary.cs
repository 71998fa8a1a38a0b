using System.Net;
using System.Text;
using System.Text.Json;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// A coach's library of many published moves, made through the import page, to measure the builder
/// on a library far bigger than the seeded one. Prints the library's slug. The moves vary in region,
/// tool, position, phase, technique, intensity and length, as a big club's might.
/// </summary>
internal static class BigLibrary
{
    private static readonly string[] Regions = ["low-back", "hips", "it-band", "quads", "glutes", "hip-rotators", "adductors", "hamstrings", "calves", "shins"];
    private static readonly string[] Tools = ["foam-roller", "massage-stick", "ball", "hands", "massage-gun", "bolster"];
    private static readonly string[] Positions = ["standing", "lying-on-back", "lying-on-side", "seated"];
    private static readonly string[][] Phases = [["pre-run"], ["post-run"], ["break"], ["pre-run", "post-run"], ["post-run", "break"]];
    private static readonly string[] Techniques = ["broad", "point", "hold", "broad", "point", "drill"];
    private static readonly string[] Intensities = ["gentle", "moderate", "deep"];

    public static async Task<int> RunAsync(Uri baseUrl, string email, string password, int moves)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        await Import.PostFormAsync(http, "/account/sign-in", [new("Form.Email", email), new("Form.Password", password)]);
        var created = await Import.PostFormAsync(http, "/coach", [new("Name", $"Big library {Guid.NewGuid():N}"[..24])]);
        var library = created.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No library was made: is the account a coach?");

        var token = await Import.TokenAsync(http, $"{library}/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(File(library.Split('/').Last(), moves))), "Upload", "library.json" },
        };
        using var response = await http.PostAsync($"{library}/import", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The import was refused ({(int)response.StatusCode}).");
        }
        Console.WriteLine(library.Split('/').Last());
        return 0;
    }

    private static string File(string prefix, int count) => JsonSerializer.Serialize(new
    {
        schemaVersion = 1,
        moves = Enumerable.Range(0, count).Select(i =>
        {
            var technique = Techniques[i % Techniques.Length];
            var seconds = 30 + 15 * (i % 7);
            return new
            {
                slug = $"{prefix}-move-{i}",
                name = $"Move {i}",
                regions = technique == "drill" ? ["full-body"] : new[] { Regions[i % Regions.Length], Regions[(i / Regions.Length + i + 3) % Regions.Length] }.Distinct().ToArray(),
                tools = i % 5 == 0 ? [] : new[] { Tools[i % Tools.Length], Tools[(i / 3) % Tools.Length] }.Distinct().ToArray(),
                position = Positions[i % Positions.Length],
                phases = technique == "drill" ? ["pre-run", "break"] : Phases[i % Phases.Length],
                technique,
                intensity = Intensities[(i / 2) % Intensities.Length],
                perSide = i % 2 == 0,
                defaultSeconds = seconds,
                minSeconds = seconds / 2,
                maxSeconds = seconds * 3,
                steps = new[] { $"Step one of move {i}.", $"Step two of move {i}." },
            };
        }),
    });
}
