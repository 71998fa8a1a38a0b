using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MassageRoutines.Web.Operations;

public static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process answers. <c>/healthz/ready</c>: and the database is reachable.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
