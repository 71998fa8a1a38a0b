using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Sessions;

public static class SessionsSetup
{
    /// <summary>The site's time zone, the day totals, and the one writer of session logs.</summary>
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        var id = builder.Configuration["TimeZone"] is { Length: > 0 } configured ? configured : "UTC";
        builder.Services.AddSingleton(new SiteTimeZone(TimeZoneInfo.FindSystemTimeZoneById(id)));
        builder.Services.AddSingleton<DayTotals>();
        builder.Services.AddSingleton<SessionWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SessionWriter>());
        return builder;
    }

    /// <summary>Counts the day totals again if they were counted in another time zone, or never.</summary>
    public static async Task PrepareSessionsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        await app.Services.GetRequiredService<DayTotals>().RecountIfNeededAsync(db, CancellationToken.None);
    }
}
