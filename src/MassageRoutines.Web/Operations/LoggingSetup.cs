using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Serilog.Settings.Configuration;

namespace MassageRoutines.Web.Operations;

public static class LoggingSetup
{
    /// <summary>A console line in the Text format: time, level, the request's trace id, the message.</summary>
    public const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3} {TraceId}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Where the "Serilog" section's sinks, enrichers and formatters are looked up: the Serilog packages the app
    /// ships, named. Left to itself, Serilog would scan every assembly the app depends on, at each start
    /// (about 40 ms); a package the app does not ship could not be loaded either way.
    /// </summary>
    private static readonly ConfigurationReaderOptions ShippedPackages = new(
        typeof(Log).Assembly,
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(LoggerSinkConfigurationDebugExtensions).Assembly,
        typeof(CompactJsonFormatter).Assembly);

    /// <summary>
    /// Serilog, configured from the "Serilog" section (levels, more sinks), with request properties,
    /// writing to the console in <c>Logging:Format</c>. Every value is escaped and redacted first (<see cref="SafeLogValues"/>).
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LoggingOptions>().BindConfiguration(LoggingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration, ShippedPackages)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<SafeLogValues>()
            .WriteTo.Console(Formatter(services.GetRequiredService<IOptions<LoggingOptions>>().Value)),
            // The app logs through its own logger, not Serilog's static one, so two apps in one process
            // (as in the tests) never write into each other's logs.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>What writes each event to the console, in the configured format.</summary>
    public static ITextFormatter Formatter(LoggingOptions options) =>
        options.IsJson ? new CompactJsonFormatter() : new MessageTemplateTextFormatter(TextTemplate);

    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }
}
