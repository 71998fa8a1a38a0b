using Microsoft.Net.Http.Headers;

namespace MassageRoutines.Web.Calendar;

public static class CalendarSetup
{
    /// <summary>The feed's endpoint name, for links to it.</summary>
    public const string FeedEndpoint = "calendar-feed";

    /// <summary>Calendar feeds: plans and movement breaks as iCalendar, at secret addresses calendar apps subscribe to.</summary>
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CalendarFeeds>();
        builder.Services.AddScoped<PlanCalendars>();
        builder.Services.AddScoped<BreakCalendars>();
        return builder;
    }

    /// <summary>
    /// GET /calendar/{token}: no cookie (calendar apps have none), no sign-in; the secret address is the key,
    /// and it is redacted in logs and traces like a kiosk's (Operations/SecretTokens). Not rate-limited: like
    /// kiosk addresses and join links, a 32-character random secret is not found by guessing.
    /// </summary>
    public static WebApplication MapCalendar(this WebApplication app)
    {
        app.MapGet("/calendar/{token}", FeedAsync).WithName(FeedEndpoint).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> FeedAsync(string token, CalendarFeeds feeds, HttpContext http, CancellationToken ct)
    {
        if (await feeds.FileAsync(token, http, ct) is not { } file)
        {
            return TypedResults.Problem(title: "Calendar not found", detail: "No calendar has that address. It may have been replaced by a new one.",
                statusCode: StatusCodes.Status404NotFound);
        }
        var headers = http.Response.Headers;
        // Personal: no shared cache keeps it. Calendar apps read it again hourly at most, as the feed itself asks.
        headers.CacheControl = $"private, max-age={(int)IcsFiles.Refresh.TotalSeconds}";
        // A group's feed may be in the language the calendar app asks for (CalendarFeeds.FileAsync).
        headers.Vary = HeaderNames.AcceptLanguage;
        headers["X-Robots-Tag"] = "noindex";
        headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = file.FileName }.ToString();
        return TypedResults.Text(file.Text, "text/calendar; charset=utf-8");
    }
}
