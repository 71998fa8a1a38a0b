using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

/// <summary>
/// Narrows routines by phase, tool used and body region worked. The routines page and the API read it
/// from the same query keys: <c>phase</c>, <c>tool</c>, <c>region</c>.
/// </summary>
public sealed record RoutineFilter(Phase? Phase, Tool? Tool, BodyRegion? Region)
{
    public bool Matches(PublishedRoutine routine) =>
        (Phase is null || routine.Routine.Phase == Phase)
        && (Tool is null || routine.Tools.Contains(Tool.Value))
        && (Region is null || routine.Regions.Contains(Region.Value));

    /// <summary>Reads the filter; a value it does not know is reported under its key, in the request's language.</summary>
    public static RoutineFilter Parse(string? phase, string? tool, string? region, IStringLocalizer<Words> words, out Dictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, string[]>();
        errors = found;
        return new(
            Kebab.Parse<Phase>(phase, (Wording problem) => found["phase"] = [words.Say(problem)]),
            Kebab.Parse<Tool>(tool, (Wording problem) => found["tool"] = [words.Say(problem)]),
            Kebab.Parse<BodyRegion>(region, (Wording problem) => found["region"] = [words.Say(problem)]));
    }
}
