using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Accounts;

/// <summary>
/// Refuses the 10,000 most common passwords, ignoring case: the ones tried first by anyone guessing.
/// The list and where it comes from: common-passwords.txt and common-passwords.source.md beside this file.
/// <see cref="Message"/> is the English key of the message, shown in the request's language.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<Words> T) : IPasswordValidator<IdentityUser>
{
    public const string Code = "PasswordTooCommon";
    public const string Message = "That password is one of the most common ones, which are guessed first. Choose another: a few words strung together work well.";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = T[Message] })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the app.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }
        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
