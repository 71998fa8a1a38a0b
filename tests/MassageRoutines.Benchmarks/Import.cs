using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// A coach imports library files that are all wrong in the same way, growing in size, through the
/// import page: the time of each answer and the size of the page. Linear work shows as time in
/// proportion to the items; the page stays the same size because it lists a bounded number of problems.
/// </summary>
internal static partial class Import
{
    public static async Task<int> RunAsync(Uri baseUrl, string email, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        await PostFormAsync(http, "/account/sign-in", [new("Form.Email", email), new("Form.Password", password)]);
        var created = await PostFormAsync(http, "/coach", [new("Name", $"Import bench {Guid.NewGuid():N}"[..24])]);
        var library = created.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No library was made: is the account a coach?");

        Console.WriteLine("| file | bytes | seconds (median of 3) | page bytes | status |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
        foreach (var items in new[] { 1_000, 10_000, 27_000 })
        {
            await MeasureAsync(http, library, $"a routine of {items:N0} drill items", RoutineOfDrills(items));
        }
        await MeasureAsync(http, library, "330,000 empty moves", $"{{\"schemaVersion\":1,\"moves\":[{string.Join(",", Enumerable.Repeat("{}", 330_000))}]}}");
        return 0;
    }

    private static async Task MeasureAsync(HttpClient http, string library, string what, string file)
    {
        var times = new List<double>();
        var (bytes, status) = (0, 0);
        for (var round = 0; round < 3; round++)
        {
            var token = await TokenAsync(http, $"{library}/import");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "Upload", "library.json" },
            };
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync($"{library}/import", form);
            var page = await response.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            (bytes, status) = (page.Length, (int)response.StatusCode);
        }
        times.Sort();
        Console.WriteLine($"| {what} | {Encoding.UTF8.GetByteCount(file):N0} | {times[1]:F2} | {bytes:N0} | {status} |");
    }

    /// <summary>One published move, one drill, and a post-run routine whose items are all the drill (which post-run routines may not use).</summary>
    private static string RoutineOfDrills(int items) => $$"""
        { "schemaVersion": 1,
          "moves": [
            { "slug": "bench-calf-roll", "name": "Calf roll", "regions": ["calves"], "tools": ["foam-roller"], "position": "seated", "phases": ["post-run"],
              "technique": "broad", "intensity": "moderate", "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120, "steps": ["Roll the calf."] },
            { "slug": "bench-jog", "name": "Jog", "regions": ["full-body"], "position": "standing", "phases": ["pre-run"], "technique": "drill",
              "intensity": "gentle", "defaultSeconds": 60, "minSeconds": 30, "maxSeconds": 120, "steps": ["Jog."] } ],
          "routines": [{ "slug": "bench-drills", "name": "Drills", "phase": "post-run",
            "items": [{{string.Join(",", Enumerable.Repeat("{\"move\":\"bench-jog\",\"seconds\":60}", items))}}] }] }
        """;

    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string url, KeyValuePair<string, string>[] fields)
    {
        var token = await TokenAsync(http, url);
        return await http.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    internal static async Task<string> TokenAsync(HttpClient http, string url) =>
        Token().Match(await http.GetStringAsync(url)) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{url} has no form token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
