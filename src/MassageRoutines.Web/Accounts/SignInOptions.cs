using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Accounts;

public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in and register POSTs allowed per client address per minute, on each instance.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "SignIn:AttemptsPerMinute must be a whole number of at least 1.")]
    public int AttemptsPerMinute { get; set; } = 10;
}
