using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageRoutines.Web.Pages.Moves;

[OutputCache(PolicyName = LibraryOutputCache.Policy)]
public sealed class IndexModel(PublishedLibrary library) : PageModel
{
    /// <summary>The library's generation when the request came, read before its data; keys the cached fragment.</summary>
    public string LibraryGeneration { get; } = library.Generation;

    public IReadOnlyList<Move> Moves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Moves = await library.MovesAsync();
}
