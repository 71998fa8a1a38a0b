using Microsoft.AspNetCore.Localization;

namespace MassageRoutines.Web.Languages;

/// <summary>A signed-in person's language, kept on their account as a claim, so it is in their cookie and costs no query.</summary>
public sealed class AccountLanguageProvider : RequestCultureProvider
{
    public const string ClaimType = "language";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var code = httpContext.User.FindFirst(ClaimType)?.Value;
        return Task.FromResult(code is null ? null : new ProviderCultureResult(code));
    }
}
