using System.Globalization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Languages;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// The languages a library's own text comes in: the default text (<see cref="TextLanguage.Default"/>)
/// and a translation beside it in each other language the site speaks (<see cref="LanguagesSetup.Spoken"/>).
/// </summary>
public static class LibraryLanguages
{
    public static readonly IReadOnlyList<string> Translations =
        [.. LanguagesSetup.Spoken.Select(language => language.Code).Where(code => code != TextLanguage.Default)];

    public static readonly IReadOnlyList<string> All = [TextLanguage.Default, .. Translations];

    /// <summary>The language the current request reads (its UI culture), when the library has text in it; else the default.</summary>
    public static string Current
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return All.Contains(language) ? language : TextLanguage.Default;
        }
    }

    /// <summary>
    /// The lang attribute for an element showing library text in <paramref name="language"/>: null (no
    /// attribute) when that is the page's language, so only text the page does not speak is marked (in a
    /// language the library has no text in at all, every text of it).
    /// </summary>
    public static string? Mark(string language) => language == CultureInfo.CurrentUICulture.TwoLetterISOLanguageName ? null : language;
}
