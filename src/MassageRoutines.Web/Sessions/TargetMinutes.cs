using MassageRoutines.Engine;

namespace MassageRoutines.Web.Sessions;

/// <summary>The length a runner chose for a routine, in whole minutes, as a timeline and a session log take it.</summary>
public static class TargetMinutes
{
    public static bool IsValid(int minutes) => minutes is >= 1 and <= TimelineOptions.MaxTargetMinutes;

    /// <summary>What to tell a client who sent <paramref name="sent"/>.</summary>
    public static string Problem(object? sent) => $"'{sent}' is not a length in whole minutes from 1 to {TimelineOptions.MaxTargetMinutes}.";
}
