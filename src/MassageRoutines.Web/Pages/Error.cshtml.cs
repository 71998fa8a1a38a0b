using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    /// <summary>Two requests changed the same thing at once (see Operations/Conflicts.cs); not a fault.</summary>
    public bool IsConflict => Response.StatusCode == StatusCodes.Status409Conflict;

    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    // An error during a POST is re-executed as a POST.
    public void OnPost() => OnGet();
}
