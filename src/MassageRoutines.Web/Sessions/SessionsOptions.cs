using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Sessions;

public sealed class SessionsOptions
{
    public const string Section = "Sessions";

    /// <summary>Session posts that make a new anonymous runner (no runner cookie, not signed in), per client address per minute, on each instance.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Sessions:NewRunnersPerMinute must be a whole number of at least 1.")]
    public int NewRunnersPerMinute { get; set; } = 30;
}
