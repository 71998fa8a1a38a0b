using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace MassageRoutines.Web.Languages;

/// <summary>
/// The languages the site speaks, and how a request's is chosen: the account's (a signed-in person's
/// choice), then this browser's choice (the culture cookie), then the first of them the browser asks for
/// (Accept-Language), then English. The request's culture formats numbers and dates too.
/// </summary>
public static class LanguagesSetup
{
    public const string Default = "en";

    /// <summary>Each language by its code, named in itself, as the language switch shows it.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Spoken = [("en", "English"), ("es", "Español"), ("de", "Deutsch")];

    public static bool IsSpoken(string? code) => Spoken.Any(language => language.Code == code);

    public static WebApplicationBuilder AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Languages");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Spoken.Select(language => new CultureInfo(language.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new AccountLanguageProvider(),
                new CookieRequestCultureProvider(),
                // "fr, it, nl, de" is a German speaker who would rather read three other languages first.
                new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 10 },
            ];
        });
        // Razor writes "Übungen" as it is, not as "&#xDC;bungen": every script's letters are safe in UTF-8 HTML.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddScoped<LanguageChoice>();
        builder.Services.AddSingleton<BrowserWords>();
        return builder;
    }

    /// <summary>After authentication, which the account's language needs.</summary>
    public static WebApplication UseLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
