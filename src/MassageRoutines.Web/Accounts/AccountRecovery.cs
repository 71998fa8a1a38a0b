using MassageRoutines.Web.Languages;
using MassageRoutines.Web.Mail;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Accounts;

/// <summary>
/// Getting back into an account, and showing an address is one's own: links that carry Identity's
/// tokens (one hour; a reset link works once, as resetting changes the account's security stamp),
/// mailed when mail is set up, or made by a coach for someone when it is not.
/// </summary>
public sealed class AccountRecovery(UserManager<IdentityUser> users, Mailer mailer, PublicLinks links, IStringLocalizer<Words> T)
{
    public const string ResetPath = "/account/reset-password";
    public const string ConfirmPath = "/account/confirm-email";
    public const string ForgotPath = "/account/forgot-password";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public bool MailIsSetUp => mailer.IsSetUp;

    /// <summary>Mails the link that confirms the account's address, in the account's language or else the request's.</summary>
    public async Task MailConfirmationAsync(HttpRequest request, IdentityUser user)
    {
        var link = Link(request, ConfirmPath, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        using (LanguageScope.Use(await LanguageOfAsync(user)))
        {
            mailer.Send(new(user.Email!, T["Confirm your email address"], Paragraphs(
                T["You registered on Massage Routines with this address. Open this link within an hour to confirm it:"],
                link,
                T["If it was not you, ignore this mail."])));
        }
    }

    /// <summary>Someone registered with an address that already has an account: its owner hears of it instead of a second account being made.</summary>
    public async Task MailAlreadyRegisteredAsync(HttpRequest request, IdentityUser user)
    {
        using (LanguageScope.Use(await LanguageOfAsync(user)))
        {
            mailer.Send(new(user.Email!, T["You already have an account"], Paragraphs(
                T["Someone tried to register on Massage Routines with this address, which already has an account. No second account was made."],
                T["If it was you and you have forgotten your password, ask for a new one here:"],
                links.To(request, ForgotPath),
                T["If it was not you, ignore this mail: your account is unchanged."])));
        }
    }

    public async Task<bool> ConfirmEmailAsync(string? userId, string? code) =>
        userId is not null && code is not null && await users.FindByIdAsync(userId) is { } user
        && (await users.ConfirmEmailAsync(user, code)).Succeeded;

    /// <summary>"Forgot your password?": mails a reset link when the address has an account; says nothing either way.</summary>
    public async Task MailResetLinkAsync(HttpRequest request, string email)
    {
        if (!MailIsSetUp || await users.FindByEmailAsync(email.Trim()) is not { } user)
        {
            return;
        }
        var link = await ResetLinkAsync(request, user);
        using (LanguageScope.Use(await LanguageOfAsync(user)))
        {
            mailer.Send(new(user.Email!, T["Reset your password"], Paragraphs(
                T["Someone asked to reset the password of your account on Massage Routines. To choose a new one, open this link within an hour:"],
                link,
                T["It works once. If it was not you, ignore this mail: your password is unchanged."])));
        }
    }

    /// <summary>For a coach to hand over: a link that resets the password of the account with that email, or null when there is none.</summary>
    public async Task<string?> ResetLinkForAsync(HttpRequest request, string email) =>
        await users.FindByEmailAsync(email.Trim()) is { } user ? await ResetLinkAsync(request, user) : null;

    /// <summary>Sets a new password through a reset link; it also ends a lockout. Null when the link is wrong, used or expired.</summary>
    public async Task<IdentityResult?> ResetPasswordAsync(string? userId, string? code, string password)
    {
        if (userId is null || code is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        var result = await users.ResetPasswordAsync(user, code, password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return null;
        }
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        return result;
    }

    /// <summary>The language kept on the account, or null (then the mail is in the request's).</summary>
    private async Task<string?> LanguageOfAsync(IdentityUser user) =>
        (await users.GetClaimsAsync(user)).FirstOrDefault(claim => claim.Type == AccountLanguageProvider.ClaimType)?.Value;

    private static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    private async Task<string> ResetLinkAsync(HttpRequest request, IdentityUser user) =>
        Link(request, ResetPath, user.Id, await users.GeneratePasswordResetTokenAsync(user));

    private string Link(HttpRequest request, string path, string userId, string code) =>
        links.To(request, $"{path}?user={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}");
}

public static class AccountRecoverySetup
{
    /// <summary>Mail, and links that recover an account or confirm its address, each valid for <see cref="AccountRecovery.LinkLifetime"/>.</summary>
    public static WebApplicationBuilder AddAccountRecovery(this WebApplicationBuilder builder)
    {
        builder.AddMail();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = AccountRecovery.LinkLifetime);
        builder.Services.AddScoped<AccountRecovery>();
        return builder;
    }
}
