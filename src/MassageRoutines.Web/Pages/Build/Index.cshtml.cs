using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Building;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageRoutines.Web.Pages.Build;

/// <summary>
/// The builder: a form sent by GET, so that a built routine has an address to come back to, and once
/// asked, the routine built from the seeded library's published moves (stored once, however often it
/// is asked for): its steps and pictures, why each move is there, the notes, and "Start routine".
/// </summary>
public sealed class IndexModel(TailoredRoutines building) : PageModel
{
    /// <summary>The tools to tick; hands always count, so they are not asked about.</summary>
    public static IReadOnlyList<Tool> Tools { get; } = Enum.GetValues<Tool>().Where(t => t != Tool.Hands).ToList();

    public string Phase { get; private set; } = "";
    public string Minutes { get; private set; } = BuildRequest.DefaultMinutes.ToString();
    public IReadOnlySet<string> ToolsChecked { get; private set; } = new HashSet<string>();
    public IReadOnlyList<BodyRegion> Sore { get; private set; } = [];
    public bool RanHard { get; private set; }

    /// <summary>The routine built, when the form was sent and the build made one.</summary>
    public PublishedRoutine? Built { get; private set; }

    /// <summary>Why nothing could be built, when the form was sent and no move could be done.</summary>
    public IReadOnlyList<Warning> Nothing { get; private set; } = [];

    public async Task OnGetAsync(string? phase, string? minutes, string[]? tools, string[]? sore, string? ranHard, CancellationToken ct)
    {
        if (Request.Query.Count == 0)
        {
            return;
        }
        tools ??= [];
        sore ??= [];
        Phase = phase ?? "";
        Minutes = string.IsNullOrEmpty(minutes) ? Minutes : minutes;
        ToolsChecked = BuildQuery.Texts(tools).ToHashSet();
        Sore = BuildQuery.Texts(sore).Select(s => Kebab.TryParse<BodyRegion>(s, out var region) ? region : (BodyRegion?)null).OfType<BodyRegion>().ToList();
        RanHard = ranHard is "true" or "on";

        var built = await building.BuildAsync(new BuildAsk(phase, minutes, tools, sore, ranHard), RunnerIdentity.Find(HttpContext),
            ForwardedHeadersSetup.ClientAddress(HttpContext), ct);
        if (built.Errors.Remove("library"))
        {
            throw new InvalidOperationException("The seeded library is missing.");
        }
        foreach (var (key, messages) in built.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }
        if (built is { Result: { } result, Library: { } library })
        {
            if (result.Routine is { } routine)
            {
                Built = new PublishedRoutine(routine, library.Id, library.Name, TimelineBuilder.Build(routine), result);
            }
            else
            {
                Nothing = result.Notes;
                if (built.RetryAfter is { } wait)
                {
                    Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    RateLimits.SetRetryAfter(Response, wait);
                }
            }
        }
    }

    /// <summary>Nothing built because this client has stored its share of new routines this minute.</summary>
    public bool LimitReached => Nothing is [{ Code: TailoredRoutines.LimitReachedCode }];

    /// <summary>The field's error messages, for the element its control points at.</summary>
    public string ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : "";
}
