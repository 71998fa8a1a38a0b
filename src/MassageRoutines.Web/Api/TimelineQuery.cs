using MassageRoutines.Engine;
using MassageRoutines.Web.Sessions;

namespace MassageRoutines.Web.Api;

/// <summary>The runner's choices for a timeline, as query keys: <c>minutes</c>, <c>warmup</c> (gate or timed) and <c>intensity</c>.</summary>
public static class TimelineQuery
{
    public static TimelineOptions Parse(string? minutes, string? warmUp, string? intensity, out Dictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, string[]>();
        errors = found;
        int? target = null;
        if (!string.IsNullOrEmpty(minutes))
        {
            if (int.TryParse(minutes, out var value) && TargetMinutes.IsValid(value))
            {
                target = value;
            }
            else
            {
                found["minutes"] = [TargetMinutes.Problem(minutes)];
            }
        }

        return new TimelineOptions
        {
            TargetMinutes = target,
            WarmUp = Kebab.Parse<WarmUpMode>(warmUp, problem => found["warmup"] = [problem]) ?? WarmUpMode.Gate,
            IntensityCap = Kebab.Parse<Intensity>(intensity, problem => found["intensity"] = [problem]),
        };
    }
}
