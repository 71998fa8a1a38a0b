using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Building;

public sealed class BuildingOptions
{
    public const string Section = "Building";

    /// <summary>Routines never built before that one client address may build (and so store) per minute, on each instance.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Building:NewRoutinesPerMinute must be a whole number of at least 1.")]
    public int NewRoutinesPerMinute { get; set; } = 30;
}
