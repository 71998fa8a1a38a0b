using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// OpenTelemetry traces and metrics from ASP.NET Core, outgoing HTTP, the .NET runtime, the database
/// (EF Core, and Npgsql's meter on PostgreSQL) and the app's own meter (<see cref="AppMetrics"/>).
/// They are collected only when something takes them: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set (the exporter reads the other <c>OTEL_*</c> variables too), and a Prometheus scrape endpoint at
/// <c>/metrics</c> when <c>Telemetry:Prometheus</c> is true. Logs carry the trace and span ids either way.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "massage-routines";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OtlpOptions>().BindConfiguration(OtlpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // What is collected is decided as the services are registered, so these two are read here too, bound the same way.
        var otlp = Settings<OtlpOptions>(builder, OtlpOptions.Section).Enabled;
        var prometheus = Settings<TelemetryOptions>(builder, TelemetryOptions.Section).Prometheus;
        if (!otlp && !prometheus)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(AppMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Npgsql");
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.EnrichWithHttpRequest = RedactSecrets)
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint();
        }
        return app;
    }

    /// <summary>A request's trace shows its path and query without their secret tokens (<see cref="SecretTokens"/>); http.route keeps the template.</summary>
    private static void RedactSecrets(Activity activity, HttpRequest request)
    {
        if (activity.GetTagItem("url.path") is string path)
        {
            activity.SetTag("url.path", SecretTokens.RedactPath(path));
        }
        if (activity.GetTagItem("url.query") is string query)
        {
            activity.SetTag("url.query", SecretTokens.RedactQuery(query));
        }
    }

    private static T Settings<T>(WebApplicationBuilder builder, string section) where T : new() =>
        (section.Length == 0 ? (IConfiguration)builder.Configuration : builder.Configuration.GetSection(section)).Get<T>() ?? new T();
}
