using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Accounts;

/// <summary>
/// Identity's messages that the register and password pages can show, in the request's language. The
/// English keys are Identity's own wording, so English pages read as before.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Words> T) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = T["Email '{0}' is already taken.", email] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = T["Username '{0}' is already taken.", userName] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = T["Email '{0}' is invalid.", email ?? ""] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = T["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = T["Incorrect password."] };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = T["Passwords must be at least {0} characters.", length] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = T["Invalid token."] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = T["An unknown failure has occurred."] };
}
