using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;

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

    /// <summary>Reads the filter; a value it does not know is reported under its key.</summary>
    public static RoutineFilter Parse(string? phase, string? tool, string? region, out Dictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, string[]>();
        errors = found;
        return new(
            Kebab.Parse<Phase>(phase, problem => found["phase"] = [problem]),
            Kebab.Parse<Tool>(tool, problem => found["tool"] = [problem]),
            Kebab.Parse<BodyRegion>(region, problem => found["region"] = [problem]));
    }
}
