using MassageRoutines.Engine;

namespace MassageRoutines.Web.Building;

/// <summary>The regions a runner can report as sore (to the builder) or as where it hurt (in the player).</summary>
public static class ReportableRegions
{
    /// <summary>Every region but the warm-up's "full body", which is not one place.</summary>
    public static IReadOnlyList<BodyRegion> All { get; } = Enum.GetValues<BodyRegion>().Where(r => r != BodyRegion.FullBody).ToList();
}
