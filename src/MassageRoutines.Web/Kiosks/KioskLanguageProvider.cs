using MassageRoutines.Web.Languages;
using Microsoft.AspNetCore.Localization;

namespace MassageRoutines.Web.Kiosks;

/// <summary>
/// A kiosk speaks its own language, whatever the tablet's browser asks for: its screen (/kiosk/{token}) is
/// in the kiosk's language, or in the one a walk-up user tapped (<c>?lang=es</c>). The API calls the screen
/// makes name that language the same way, so their answers, and the kiosk's offline copies of them, are
/// kept apart per language. Comes before every other way of choosing a language.
/// </summary>
public sealed class KioskLanguageProvider : RequestCultureProvider
{
    public const string QueryKey = "lang";

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var asked = request.Query[QueryKey].ToString();
        if (request.Path.StartsWithSegments("/api"))
        {
            return LanguagesSetup.IsSpoken(asked) ? new ProviderCultureResult(asked) : null;
        }
        if (!request.Path.StartsWithSegments("/kiosk", out var rest) || rest.Value is not ['/', .. var token] || token.Contains('/') || token.Contains('.'))
        {
            return null;
        }
        if (LanguagesSetup.IsSpoken(asked))
        {
            return new ProviderCultureResult(asked);
        }
        var language = await httpContext.RequestServices.GetRequiredService<GymKiosks>().LanguageAsync(token, httpContext.RequestAborted);
        return language is null ? null : new ProviderCultureResult(language);
    }
}
