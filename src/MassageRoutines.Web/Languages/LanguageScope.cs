using System.Globalization;

namespace MassageRoutines.Web.Languages;

/// <summary>
/// Writes for someone in their language, away from their own request (a mail, a push notification, a
/// calendar feed): inside the scope, the thread's culture is theirs, so the words
/// (<c>IStringLocalizer&lt;Words&gt;</c>) and any dates come out in it; leaving the scope puts the culture back.
/// </summary>
public sealed class LanguageScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private LanguageScope(string? code)
    {
        if (LanguagesSetup.IsSpoken(code))
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(code!);
        }
    }

    /// <summary>The language <paramref name="code"/> ("es"), or the current one when it is null or not one the site speaks.</summary>
    public static LanguageScope Use(string? code) => new(code);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
