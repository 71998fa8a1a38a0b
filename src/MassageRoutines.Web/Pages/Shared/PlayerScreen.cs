using MassageRoutines.Engine;

namespace MassageRoutines.Web.Pages.Shared;

public static class PlayerScreen
{
    /// <summary>Regions a runner can report as sore or as where it hurt; the warm-up's "full body" is not one.</summary>
    public static IReadOnlyList<BodyRegion> ReportableRegions { get; } = Enum.GetValues<BodyRegion>().Where(r => r != BodyRegion.FullBody).ToList();
}
