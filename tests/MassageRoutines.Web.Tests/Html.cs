using AngleSharp;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MassageRoutines.Web.Tests;

internal static partial class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ToDocumentAsync();
    }

    public static async Task<IDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>The heading of a routine's page as this client sees it: which version of the routine its app shows.</summary>
    public static async Task<string> RoutineHeadingAsync(this HttpClient client, string slug) =>
        (await client.GetDocumentAsync($"/routines/{slug}")).Text("h1");

    /// <summary>The text of the first match, with whitespace collapsed as a browser shows it.</summary>
    public static string Text(this IDocument document, string selector) =>
        Visible(document.QuerySelector(selector) ?? throw new InvalidOperationException($"Nothing matches '{selector}'."));

    public static IEnumerable<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(Visible);

    private static string Visible(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
