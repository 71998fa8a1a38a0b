using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web;

/// <summary>
/// The browser modules' words as a page hands them over (<see cref="Phrases.Browser.Json"/>), made once per
/// group and language and kept while the app runs, so rendering a page serializes none: the words change
/// only with a new build. One per app rather than static, so each test app looks its words up through its
/// own localizer.
/// </summary>
public sealed class BrowserWords(IStringLocalizer<Words> words)
{
    private readonly ConcurrentDictionary<(IReadOnlyDictionary<string, string> Group, string Language), string> made = new();

    /// <summary>The group's words in the page's language, as JSON.</summary>
    public string Json(IReadOnlyDictionary<string, string> group) =>
        made.GetOrAdd((group, CultureInfo.CurrentUICulture.Name), key => Phrases.Browser.Json(key.Group, words));
}
