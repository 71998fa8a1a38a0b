using MassageRoutines.Engine;

namespace MassageRoutines.Web.Sessions;

/// <summary>The length a runner chose for a routine, in whole minutes, as a timeline and a session log take it.</summary>
public static class TargetMinutes
{
    public static bool IsValid(int minutes) => minutes is >= 1 and <= TimelineOptions.MaxTargetMinutes;

    /// <summary>What to tell a client who sent <paramref name="sent"/>.</summary>
    public static Wording Problem(object? sent) =>
        new("'{0}' is not a length in whole minutes from 1 to {1}.", sent?.ToString() ?? "", TimelineOptions.MaxTargetMinutes);
}
