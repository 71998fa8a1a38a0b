using MassageRoutines.Engine;
using MassageRoutines.Web.Sessions;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

/// <summary>The runner's choices for a timeline, as query keys: <c>minutes</c>, <c>warmup</c> (gate or timed) and <c>intensity</c>.</summary>
public static class TimelineQuery
{
    /// <param name="words">The problems are said in the request's language.</param>
    public static TimelineOptions Parse(string? minutes, string? warmUp, string? intensity, IStringLocalizer<Words> words, out Dictionary<string, string[]> errors)
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
                found["minutes"] = [words.Say(TargetMinutes.Problem(minutes))];
            }
        }

        return new TimelineOptions
        {
            TargetMinutes = target,
            WarmUp = Kebab.Parse<WarmUpMode>(warmUp, (Wording problem) => found["warmup"] = [words.Say(problem)]) ?? WarmUpMode.Gate,
            IntensityCap = Kebab.Parse<Intensity>(intensity, (Wording problem) => found["intensity"] = [words.Say(problem)]),
        };
    }
}
