using MassageRoutines.Web.Api;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Routines;

[OutputCache(PolicyName = LibraryOutputCache.Policy)]
public sealed class IndexModel(PublishedLibrary library, IStringLocalizer<Words> words) : PageModel
{
    /// <summary>The library's generation when the request came, read before its data; keys the cached fragment.</summary>
    public string LibraryGeneration { get; } = library.Generation;

    public RoutineFilter Filter { get; private set; } = new(null, null, null);
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public IReadOnlyList<PublishedRoutine> Routines { get; private set; } = [];

    public async Task OnGetAsync(string? phase, string? tool, string? region, CancellationToken ct)
    {
        Filter = RoutineFilter.Parse(phase, tool, region, words, out var errors);
        Errors = errors;
        Routines = (await library.RoutinesAsync()).Where(Filter.Matches).ToList();
    }
}
