using MassageRoutines.Web.Data;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Sessions;

public static class SessionsSetup
{
    /// <summary>The site's time zone, the day totals, taking in session logs (and the one writer of them), and a runner's own sessions.</summary>
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TimeZoneOptions>().BindConfiguration(TimeZoneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new SiteTimeZone(services.GetRequiredService<IOptions<TimeZoneOptions>>().Value.Zone!));
        builder.Services.AddSingleton<DayTotals>();
        builder.AddNewRunnerLimit();
        builder.Services.AddSingleton<SessionTimelines>();
        builder.Services.AddScoped<SessionIngest>();
        builder.Services.AddScoped<RunnerSessions>();
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
