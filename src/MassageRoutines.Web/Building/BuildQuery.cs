using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Building;

/// <summary>
/// What a runner asks the builder, as the /build form and GET /api/build send it: <c>phase</c>,
/// <c>minutes</c>, <c>tools</c> and <c>sore</c> (each value repeated or comma-separated) and
/// <c>ranHard</c>. Every value not understood is reported under its key, in the request's language.
/// </summary>
public static class BuildQuery
{
    public static BuildRequest? Parse(string? phase, string? minutes, IEnumerable<string> tools, IEnumerable<string> sore, string? ranHard,
        IStringLocalizer<Words> words, out Dictionary<string, string[]> errors)
    {
        var found = new FieldErrors();
        void Report(string key, Wording problem) => found.Add(key, words.Say(problem));

        var when = Kebab.Parse<Phase>(phase, (Wording problem) => Report("phase", problem), required: true);
        var length = BuildRequest.DefaultMinutes;
        if (!string.IsNullOrWhiteSpace(minutes) && !int.TryParse(minutes, out length))
        {
            Report("minutes", new Wording("'{0}' is not a whole number of minutes from {1} to {2}.", minutes, BuildRequest.ShortestMinutes, BuildRequest.LongestMinutes));
        }
        var gear = ValuesOf<Tool>(tools, "tools", Report, Enum.GetValues<Tool>(), "tool");
        var spots = ValuesOf<BodyRegion>(sore, "sore", Report, ReportableRegions.All, "sore spot");
        var yesOrNo = ranHard?.Trim().ToLowerInvariant() ?? "";
        var hard = yesOrNo is "true" or "on";
        if (yesOrNo is not ("" or "false" or "true" or "on"))
        {
            Report("ranHard", new Wording("'{0}' is not yes or no: send true or false.", ranHard!));
        }

        // The builder's own rules: the minutes' range, and a hard run only after a run (which needs the phase).
        var request = new BuildRequest { Phase = when ?? Phase.PostRun, Minutes = length, Tools = gear, SoreRegions = spots, RanHard = hard && when is not null };
        foreach (var violation in found.Has("minutes") ? [] : RoutineBuilder.Check(request))
        {
            found.Add(violation.Field, words.Say(violation.Says));
        }
        errors = found.ToDictionary();
        return errors.Count == 0 ? request : null;
    }

    /// <summary>A list's values as sent: each given once or comma-separated, trimmed, without repeats.</summary>
    public static List<string> Texts(IEnumerable<string> texts) =>
        texts.SelectMany(text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();

    /// <summary>Values of a list (<see cref="Texts"/>); no more of them than there are to choose from.</summary>
    private static List<T> ValuesOf<T>(IEnumerable<string> texts, string key, Action<string, Wording> report, IReadOnlyList<T> allowed, string what)
        where T : struct, Enum
    {
        var values = Texts(texts);
        if (values.Count > allowed.Count)
        {
            report(key, what == "tool"
                ? new Wording("At most {0} values, one for each tool.", allowed.Count)
                : new Wording("At most {0} values, one for each sore spot.", allowed.Count));
            return [];
        }
        var names = allowed.Select(Kebab.Of).ToList();
        var chosen = new List<T>();
        foreach (var text in values)
        {
            if (Kebab.TryParse<T>(text, out var value) && allowed.Contains(value))
            {
                chosen.Add(value);
            }
            else
            {
                report(key, Kebab.Problem(text, what, names));
            }
        }
        return chosen;
    }
}
