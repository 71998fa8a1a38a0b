using System.Diagnostics;
using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MassageRoutines.Benchmarks;

/// <summary>
/// How soon a routine a coach publishes on one instance shows on another. The coach (made beforehand
/// with create-coach) copies the seeded library on A and publishes its post-run quick routine under a
/// new name again and again; once A has answered each publish, a runner polls the routine's page on
/// B, which had the previous version in its output cache, until it shows the new name.
/// </summary>
internal static class Propagation
{
    private const string TokenField = "__RequestVerificationToken";

    public static async Task<int> RunAsync(Uri a, Uri b, string email, string password, int publishes)
    {
        using var coach = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = a };
        using var runner = new HttpClient { BaseAddress = b };
        await PostFormAsync(coach, "/account/sign-in", [new("Form.Email", email), new("Form.Password", password)]);
        var library = await PostFormAsync(coach, "/coach", [new("Name", "Propagation benchmark"), new("CopyOf", "default")]);
        var editor = library.QuerySelectorAll<IHtmlAnchorElement>("a[href^='/coach/libraries/']")
            .Select(link => link.PathName).FirstOrDefault(path => path.Contains("/routines/") && path.EndsWith("post-run-quick"))
            ?? throw new InvalidOperationException("The copied library has no post-run-quick routine.");
        var slug = editor.Split('/')[^1];

        var delays = new List<double>();
        for (var i = 0; i <= publishes; i++)
        {
            var name = $"Cool-down, take {i}";
            var fields = FieldsOf(await GetDocumentAsync(coach, editor)).Where(f => f.Key != "Form.Name").Append(new("Form.Name", name));
            var published = await PostAsync(coach, $"{editor}?handler=Publish", fields);
            if (published.QuerySelector("[role=status]")?.TextContent.Contains("Published version") != true)
            {
                throw new InvalidOperationException($"Publishing '{name}' failed.");
            }
            var clock = Stopwatch.StartNew();
            while (!(await GetDocumentAsync(runner, $"/routines/{slug}")).QuerySelector("h1")?.TextContent.Contains(name) ?? true)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new InvalidOperationException($"B did not show '{name}' within 30 s.");
                }
                await Task.Delay(1);
            }
            if (i > 0)
            {
                // The first publish makes the routine visible at all; the ones after it replace a cached page.
                delays.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        delays.Sort();
        Console.WriteLine($"Published on one instance, shown by the other ({publishes} publishes): median {delays[delays.Count / 2]:F1} ms, largest {delays[^1]:F1} ms.");
        return 0;
    }

    private static async Task<IDocument> PostFormAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = (await GetDocumentAsync(client, url)).QuerySelector($"input[name={TokenField}]")!.GetAttribute("value")!;
        return await PostAsync(client, url, fields.Append(new(TokenField, token)));
    }

    private static async Task<IDocument> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        return await ParseAsync(response);
    }

    private static async Task<IDocument> GetDocumentAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>What a browser posts from the editor's form as it stands.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IDocument page) =>
        page.QuerySelector("form.editor")!.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio" or "submit") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e switch
            {
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement textarea => textarea.Value,
                _ => e.GetAttribute("value") ?? "",
            }))
            .ToList();
}
