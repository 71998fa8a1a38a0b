using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MassageRoutines.Web.Tests.Languages;

/// <summary>
/// Every page, as an anonymous visitor and as a coach (who sees the most), in Spanish, German and a pseudo
/// language: no phrase missing from a language's file, and no visible text that skipped the localizer.
/// Data is left alone where the page marks it: a <c>lang</c> other than the page's (a move's English text
/// where it has no translation), <c>translate="no"</c> (a name someone typed, shown on its own: a group's,
/// a library's, a kiosk's; a time zone's id), <c>time</c> elements and what a form holds (a textarea's
/// text, as an input's value). A name inside a phrase is the phrase's value and needs no mark. Beyond marks,
/// only e-mail addresses and links, and the culture's own names of days and months (the culture writes
/// them, not the localizer), count as data. A kiosk speaks its own language, so each language has a kiosk of its own.
/// </summary>
public partial class EveryPageTests(WordsApp app) : IClassFixture<WordsApp>
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string[]? urls;
    private static string? coachEmail;
    private static readonly Dictionary<string, string> Kiosks = [];

    private async Task<string[]> UrlsAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (urls is null)
            {
                coachEmail = $"coach-{Guid.NewGuid():N}@example.com";
                var coachId = await app.CreateCoachAsync(coachEmail);
                var library = await app.CreateLibraryAsync(coachId, "Club moves");
                var group = await app.CreateGroupAsync(coachId, "Tuesday track");
                foreach (var language in new[] { "es", "de", WordsApp.Pseudo })
                {
                    Kiosks[language] = (await app.CreateKioskAsync(language: language)).Token;
                }
                // A copied library's moves and routines have slugs of their own.
                var move = await app.WithDbAsync(db => db.Moves.Where(m => m.LibraryId == library.Id && m.Slug.EndsWith("it-band-quads-roll")).Select(m => m.Slug).SingleAsync());
                var routine = await app.WithDbAsync(db => db.Routines.Where(r => r.LibraryId == library.Id && r.Slug.EndsWith("pre-run-full")).Select(r => r.Slug).SingleAsync());
                urls =
                [
                    "/", "/routines", "/routines/pre-run-full", "/moves", "/moves/it-band-quads-roll", "/play/pre-run-full", "/build",
                    "/history", "/history/delete", "/plan", "/my-routines",
                    "/account", "/account/sign-in", "/account/register", "/account/forgot-password", "/account/password",
                    "/account/reminders", "/account/delete", "/account/sign-out", "/account/reset-password", "/account/confirm-email",
                    $"/groups/join/{group.JoinToken}", "/errors/404", "/no-such-page",
                    "/coach", "/coach/team", "/coach/kiosks", "/coach/groups", $"/coach/groups/{group.Id}",
                    $"/coach/groups/{group.Id}/plan", $"/coach/groups/{group.Id}/adherence",
                    $"/coach/libraries/{library.Slug}", $"/coach/libraries/{library.Slug}/import",
                    $"/coach/libraries/{library.Slug}/moves/{move}", $"/coach/libraries/{library.Slug}/moves/new",
                    $"/coach/libraries/{library.Slug}/routines/{routine}", $"/coach/libraries/{library.Slug}/routines/new",
                    "/kiosk/{token}",
                ];
            }
            return urls;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<IEnumerable<(string Url, IDocument Page)>> PagesAsync(string language)
    {
        var all = await UrlsAsync();
        var anonymous = app.CreateClient();
        var coach = await app.SignedInAsync(coachEmail!);
        var pages = new List<(string, IDocument)>();
        foreach (var client in new[] { anonymous, coach })
        {
            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
            foreach (var url in all)
            {
                using var response = await client.GetAsync(url.Replace("{token}", Kiosks[language], StringComparison.Ordinal));
                var expected = url is "/errors/404" or "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                Assert.True(response.StatusCode == expected, $"{url} answered {response.StatusCode}.");
                pages.Add((url, await response.ToDocumentAsync()));
            }
        }
        return pages;
    }

    [Fact]
    public async Task Every_phrase_on_every_page_is_in_Spanish_and_German()
    {
        foreach (var language in new[] { "es", "de" })
        {
            foreach (var (url, page) in await PagesAsync(language))
            {
                Assert.True(page.DocumentElement.GetAttribute("lang") == language, $"{url} is not marked as {language}.");
            }
        }

        Assert.True(app.Missing.IsEmpty, $"Phrases with no translation:\n{string.Join("\n", app.Missing.Keys.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public async Task No_page_shows_text_that_skipped_the_localizer()
    {
        var untranslated = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (url, page) in await PagesAsync(WordsApp.Pseudo))
        {
            var lang = page.DocumentElement.GetAttribute("lang");
            foreach (var element in page.Body!.QuerySelectorAll("*").Where(e => !IsData(e, lang)))
            {
                var texts = element.ChildNodes.Where(node => node.NodeType == NodeType.Text).Select(node => node.TextContent)
                    .Concat(new[] { "aria-label", "title", "alt", "placeholder" }.Select(element.GetAttribute).OfType<string>());
                foreach (var text in texts.Where(text => IsPlain(text) && !IsOnlyData(text)))
                {
                    untranslated.Add($"{url}: {text.Trim()}");
                }
            }
        }

        Assert.True(untranslated.Count == 0, $"Text that did not go through the localizer:\n{string.Join("\n", untranslated)}");
    }

    /// <summary>The culture's names of days and months, which the culture writes in its own language.</summary>
    private static readonly HashSet<string> CultureNames = new(
        new[] { CultureInfo.InvariantCulture, new CultureInfo(WordsApp.Pseudo) }.SelectMany(culture => culture.DateTimeFormat.DayNames
            .Concat(culture.DateTimeFormat.AbbreviatedDayNames).Concat(culture.DateTimeFormat.MonthNames).Concat(culture.DateTimeFormat.AbbreviatedMonthNames)),
        StringComparer.Ordinal);

    /// <summary>Only e-mail addresses, links, or the culture's names of days and months, with numbers and punctuation.</summary>
    private static bool IsOnlyData(string text) =>
        Words().Matches(DataWord().Replace(text, " ")).All(word => CultureNames.Contains(word.Value));

    [GeneratedRegex(@"\S+@\S+|https?://\S+")]
    private static partial Regex DataWord();

    [GeneratedRegex(@"[A-Za-z][A-Za-z_/]*")]
    private static partial Regex Words();

    private static bool IsData(IElement element, string? pageLang) =>
        element.LocalName is "script" or "style" or "template" or "noscript" or "time" or "textarea"
        || element.GetAttribute("translate") == "no"
        || (element.GetAttribute("lang") is { } lang && lang != pageLang)
        || (element.ParentElement is { } parent && parent != element.Owner!.Body && IsData(parent, pageLang));

    /// <summary>Words of two or more plain letters left once the pseudo language's bracketed phrases are taken out.</summary>
    private static bool IsPlain(string text) => PlainWord().IsMatch(Pseudo().Replace(text, " ").Replace("MassageRoutines", ""));

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Pseudo();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex PlainWord();
}
