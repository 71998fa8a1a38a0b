namespace MassageRoutines.Web.Offline;

public static class OfflineSetup
{
    /// <summary>Offline play for runners: the list of what the service worker keeps (see <see cref="OfflineManifests"/>).</summary>
    public static WebApplicationBuilder AddOffline(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OfflineManifests>();
        return builder;
    }
}
