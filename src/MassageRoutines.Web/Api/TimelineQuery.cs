using MassageRoutines.Engine;

namespace MassageRoutines.Web.Api;

/// <summary>The runner's choices for a timeline, as query keys: <c>minutes</c>, <c>warmup</c> (gate or timed) and <c>intensity</c>.</summary>
public static class TimelineQuery
{
    public const int MaxMinutes = 30;

    public static TimelineOptions Parse(string? minutes, string? warmUp, string? intensity, out Dictionary<string, string[]> errors)
    {
        errors = [];
        int? target = null;
        if (!string.IsNullOrEmpty(minutes))
        {
            if (int.TryParse(minutes, out var value) && value is >= 1 and <= MaxMinutes)
            {
                target = value;
            }
            else
            {
                errors["minutes"] = [$"'{minutes}' is not a length in whole minutes from 1 to {MaxMinutes}."];
            }
        }

        return new TimelineOptions
        {
            TargetMinutes = target,
            WarmUp = Kebab.Optional<WarmUpMode>("warmup", warmUp, errors) ?? WarmUpMode.Gate,
            IntensityCap = Kebab.Optional<Intensity>("intensity", intensity, errors),
        };
    }
}
