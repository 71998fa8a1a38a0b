using System.Globalization;
using System.IO.Pipelines;
using System.Security.Claims;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Languages;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Accounts;

/// <param name="PasswordError">Why the password was not taken, if it was not.</param>
/// <param name="Blockers">What others still use, which this account must hand over first.</param>
public sealed record AccountDeletion(string? PasswordError, IReadOnlyList<string> Blockers)
{
    public bool Deleted => PasswordError is null && Blockers.Count == 0;
}

/// <param name="Errors">Why the account was not made, if it was not.</param>
/// <param name="LinkMailed">With mail set up: a link is on its way and no one is signed in.</param>
public sealed record Registration(IReadOnlyList<IdentityError> Errors, bool LinkMailed)
{
    public bool Succeeded => Errors.Count == 0;
}

public sealed record AccountFacts(string Email, IList<string> Roles);

/// <summary>
/// A runner's account, from the runner's side: registering, signing in (both claim this browser's
/// anonymous history), downloading their data and deleting it all; and, without an account, deleting
/// this device's history.
/// </summary>
public sealed class RunnerAccounts(MassageDbContext db, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AccountRecovery recovery, TimeProvider time,
    IStringLocalizer<Words> T)
{
    public const string LockedOut = "Too many wrong passwords: this account is locked for 15 minutes. Try again later.";

    /// <summary>The hash of a password no one has (Identity's format, PBKDF2 with HMAC-SHA512, 100,000 rounds), checked against when no account has the email.</summary>
    private const string DummyHash = "AQAAAAIAAYagAAAAEEK/T1cfGxotbNuvA9rNVat87s+sNkvb8dJburJDniNu4x0/jUs58JUobfgEG6H6mw==";


    /// <summary>
    /// Without mail: makes a runner's account and signs them in. With mail: mails a link to confirm the
    /// address and signs no one in, and when the address already has an account, mails its owner a
    /// notice instead (or a new link, while it is unconfirmed); the answer is the same either way, so
    /// registering cannot tell who has an account.
    /// </summary>
    public async Task<Registration> RegisterAsync(HttpContext http, string email, string password)
    {
        if (!recovery.MailIsSetUp)
        {
            var (user, result) = await CreateAsync(email, password);
            if (user is null)
            {
                return new(result.Errors.ToList(), LinkMailed: false);
            }
            await signIn.SignInAsync(user, isPersistent: false);
            await ClaimAsync(http, user.Id);
            return new([], LinkMailed: false);
        }

        var existing = await users.FindByEmailAsync(email);
        var problems = await PasswordProblemsAsync(existing ?? new IdentityUser { UserName = email, Email = email }, password);
        if (problems.Count > 0)
        {
            return new(problems, LinkMailed: false);
        }
        if (existing is null)
        {
            var (user, result) = await CreateAsync(email, password);
            if (user is null)
            {
                return new(result.Errors.ToList(), LinkMailed: false);
            }
            await recovery.MailConfirmationAsync(http.Request, user);
        }
        else
        {
            // The same work as making an account, so the answer takes as long.
            users.PasswordHasher.HashPassword(existing, password);
            if (existing.EmailConfirmed)
            {
                await recovery.MailAlreadyRegisteredAsync(http.Request, existing);
            }
            else
            {
                await recovery.MailConfirmationAsync(http.Request, existing);
            }
        }
        return new([], LinkMailed: true);
    }

    /// <summary>
    /// The account, its role and its language are made together or not at all. The language is the one the
    /// site spoke as they registered, when that is not English, so their mails, reminders and pages stay in
    /// it; one who registered in English has none kept, and their pages follow the browser's.
    /// </summary>
    private async Task<(IdentityUser? User, IdentityResult Result)> CreateAsync(string email, string password)
    {
        var user = new IdentityUser { UserName = email, Email = email };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        var result = created.Succeeded ? await users.AddToRoleAsync(user, AccountsSetup.RunnerRole) : created;
        var language = CultureInfo.CurrentUICulture.Name;
        if (result.Succeeded && language != LanguagesSetup.Default && LanguagesSetup.IsSpoken(language))
        {
            result = await users.AddClaimAsync(user, new Claim(AccountLanguageProvider.ClaimType, language));
        }
        if (!result.Succeeded)
        {
            return (null, result);
        }
        await transaction.CommitAsync();
        return (user, result);
    }

    private async Task<List<IdentityError>> PasswordProblemsAsync(IdentityUser user, string password)
    {
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }
        return problems;
    }

    public async Task<SignInResult> SignInAsync(HttpContext http, string email, string password, bool remember)
    {
        if (await users.FindByNameAsync(email) is not { } user)
        {
            // As long as checking a real password takes, so the answer's timing does not tell who has an account.
            users.PasswordHasher.VerifyHashedPassword(new IdentityUser(), DummyHash, password);
            return SignInResult.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await ClaimAsync(http, user.Id);
        }
        return result;
    }

    /// <summary>
    /// The signed-in account, or null when it has been deleted since (from another browser): then this
    /// browser is signed out too, and the rest of the request sees no one signed in.
    /// </summary>
    public async Task<IdentityUser?> SignedInAccountAsync(HttpContext http)
    {
        if (await users.GetUserAsync(http.User) is { } user)
        {
            return user;
        }
        await signIn.SignOutAsync();
        http.User = new ClaimsPrincipal(new ClaimsIdentity());
        return null;
    }

    /// <summary>The account page's facts, or null when the account is gone (<see cref="SignedInAccountAsync"/>).</summary>
    public async Task<AccountFacts?> FactsAsync(HttpContext http) =>
        await SignedInAccountAsync(http) is { } user ? new(user.Email ?? "", await users.GetRolesAsync(user)) : null;

    /// <summary>
    /// Changes the password once the current one is given. The new security stamp signs out every other
    /// browser within a minute (<see cref="SessionLifetime"/>); this one is signed in again with it.
    /// </summary>
    /// <returns>Null when the account is gone (<see cref="SignedInAccountAsync"/>).</returns>
    public async Task<IdentityResult?> ChangePasswordAsync(HttpContext http, string currentPassword, string newPassword)
    {
        if (await SignedInAccountAsync(http) is not { } user)
        {
            return null;
        }
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return result;
    }

    /// <summary>Deletes the signed-in account and everything the app holds about it, once the password is given again; then no one is signed in.</summary>
    public async Task<AccountDeletion> DeleteAsync(HttpContext http, string password, CancellationToken ct)
    {
        if (await SignedInAccountAsync(http) is not { } user)
        {
            return new(null, []);
        }
        // Wrong passwords count towards the lockout, as at sign-in, so this cannot be used to guess one.
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return new(check.IsLockedOut ? T[LockedOut] : T["That is not your password."], []);
        }
        var who = DataSubject.Account(user.Id);
        var blockers = await PersonalData.BlockersAsync(db, who, T, ct);
        if (blockers.Count > 0)
        {
            return new(null, blockers);
        }

        await PersonalData.DeleteAsync(db, who, ct);
        await signIn.SignOutAsync();
        RunnerIdentity.Forget(http);
        // This response already has no one signed in: the header shows the sign-in link.
        http.User = new ClaimsPrincipal(new ClaimsIdentity());
        return new(null, []);
    }

    /// <summary>Without an account: this device's sessions, their totals and its reminders, and the cookie that holds its runner id.</summary>
    public async Task ForgetDeviceAsync(HttpContext http, CancellationToken ct)
    {
        if (RunnerIdentity.Find(http) is { } runner)
        {
            await PersonalData.DeleteAsync(db, DataSubject.Anonymous(runner), ct);
        }
        RunnerIdentity.Forget(http);
    }

    /// <summary>Everything the app holds about the account, as JSON, streamed.</summary>
    public Task WriteDataAsync(PipeWriter body, string userId, CancellationToken ct) =>
        PersonalData.WriteAsync(body, db, DataSubject.Account(userId), ct);

    /// <summary>What this browser's runner id holds (sessions, their totals, reminders, push subscriptions), as JSON, streamed; empty sections when it has none.</summary>
    public Task WriteDeviceDataAsync(PipeWriter body, OwnerKey? runner, CancellationToken ct) =>
        PersonalData.WriteAsync(body, db, DataSubject.Anonymous(runner), ct);

    /// <summary>At sign-in: this browser's anonymous sessions and reminders become the account's, and the anonymous id is dropped.</summary>
    private async Task ClaimAsync(HttpContext http, string userId)
    {
        if (RunnerIdentity.DeviceOf(http) is not { } anonymous)
        {
            return;
        }
        var account = OwnerKey.Account(userId);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await RunnerSessions.MoveAsync(db, anonymous, account, CancellationToken.None);
            await RunnerReminders.ClaimAsync(db, anonymous, account, time.GetUtcNow(), http.RequestAborted);
            await transaction.CommitAsync();
        }
        RunnerIdentity.Forget(http);
    }
}
