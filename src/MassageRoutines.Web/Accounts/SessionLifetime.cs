using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Accounts;

/// <summary>
/// How long a sign-in lasts. The cookie slides (14 days from the last visit), but a sign-in ends 30 days
/// after the password was given, however often it is used; and within a minute of the account's security
/// stamp changing (a new password, a reset) or the account being deleted, other browsers are signed out,
/// at once for a request that writes.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Absolute = TimeSpan.FromDays(30);
    public static readonly TimeSpan StampCheckedEvery = TimeSpan.FromMinutes(1);

    /// <summary>When the password was given, kept in the cookie's properties, which renewals and refreshes carry over.</summary>
    private const string SignedInAt = "signed-in-at";

    /// <summary>On every sign-in, including a refresh after a password change: keeps the first time, or stamps now.</summary>
    public static Task StampAsync(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAt))
        {
            context.Properties.Items[SignedInAt] = Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture);
        }
        return Task.CompletedTask;
    }

    /// <summary>On every request with the cookie: too old is signed out; otherwise Identity checks the security stamp.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var now = Now(context.HttpContext);
        if (!context.Properties.Items.TryGetValue(SignedInAt, out var stamped)
            || !DateTimeOffset.TryParseExact(stamped, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedInAt))
        {
            // A cookie from before sign-in times were kept: its lifetime counts from when it was issued.
            signedInAt = context.Properties.IssuedUtc ?? now;
            context.Properties.Items[SignedInAt] = signedInAt.ToString("O", CultureInfo.InvariantCulture);
            context.ShouldRenew = true;
        }
        if (now - signedInAt > Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // A write checks the account at once, not once a minute: none is made for a deleted account or with an old password.
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<IdentityUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.Principal) is null)
            {
                context.RejectPrincipal();
                await signIn.SignOutAsync();
                return;
            }
        }
        // Identity's validator re-reads the account only once StampCheckedEvery has passed since the cookie
        // was issued. Until then it does nothing, but building it (a SignInManager, a UserManager, a store and
        // a pooled context) cost a signed-in GET about as much as a whole /healthz: so it is built only when due.
        var stampOptions = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        if (context.Properties.IssuedUtc is { } issued && (stampOptions.TimeProvider?.GetUtcNow() ?? now) - issued <= stampOptions.ValidationInterval)
        {
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
