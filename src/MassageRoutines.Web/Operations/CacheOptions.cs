using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The most memory each instance's page caches may hold (<see cref="LibraryOutputCache"/>). The framework's
/// defaults are 100 MB each; the library's pages take a few MB, so the app sets less, and an operator can
/// trade memory for hits.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Caches";

    /// <summary>Anonymous library pages and API answers, whole (the output cache).</summary>
    [Range(1, 4096, ErrorMessage = "Caches:OutputMegabytes takes a size in MB from 1 to 4096.")]
    public int OutputMegabytes { get; set; } = 32;

    /// <summary>Fragments of the library pages rendered for signed-in visitors (the cache tag helper).</summary>
    [Range(1, 4096, ErrorMessage = "Caches:FragmentMegabytes takes a size in MB from 1 to 4096.")]
    public int FragmentMegabytes { get; set; } = 16;
}
