using System.ComponentModel.DataAnnotations;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach;

public sealed class IndexModel(LibraryEditing libraries, IStringLocalizer<Words> words) : PageModel
{
    public IReadOnlyList<LibrarySummary> Mine { get; private set; } = [];
    public IReadOnlyList<Library> ReadOnly { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Give the library a name.")]
    [StringLength(MoveRules.MaxNameLength, ErrorMessage = "A library name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? CopyOf { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Makes a library: a copy of a read-only one when <see cref="CopyOf"/> names it, else empty.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await libraries.CreateAsync(User, ModelState.IsValid ? Name : null, CopyOf, ct);
        if (created.Library is { } library)
        {
            return RedirectToPage("/Coach/Libraries/Index", new { library = library.Slug });
        }
        if (created.Refused is { } refused)
        {
            ModelState.AddModelError(refused.Field == "copyOf" ? nameof(CopyOf) : string.Empty, words.Say(refused.Says));
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => (Mine, ReadOnly) = await libraries.ListAsync(User, ct);
}
