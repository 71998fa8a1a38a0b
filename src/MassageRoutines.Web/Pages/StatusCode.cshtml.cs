using MassageRoutines.Engine;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }
    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    /// <summary>The fields that held a NUL, when a form was refused for one before it could be read (see Operations/NulByteGuard.cs).</summary>
    private IReadOnlyList<string>? FieldsWithNul => HttpContext.Items[Operations.NulByteGuard.FieldsKey] as IReadOnlyList<string>;

    /// <summary>What was wrong with the form: one field held a NUL, or several did (the verb agrees with them in Spanish and German).</summary>
    public Wording? NulProblem => FieldsWithNul switch
    {
        null or [] => null,
        [var one] => new("A form cannot hold a NUL character, and {0} did. Nothing was saved.", one),
        var fields => new("A form cannot hold a NUL character, and {0} each held one. Nothing was saved.", Wording.All([.. fields])),
    };

    // No handler parameters: binding them would read the failed request's body, which may be the very
    // thing that was too large to read.
    public void OnGet()
    {
        Code = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 0;
        // Shown for another request's status; visited directly, it answers with the status it describes.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && Code is >= 400 and < 600)
        {
            Response.StatusCode = Code;
        }
    }

    // Re-executed for a failed POST.
    public void OnPost() => OnGet();
}
