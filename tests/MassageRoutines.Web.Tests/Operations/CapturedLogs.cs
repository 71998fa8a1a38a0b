using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>Every event an app logs (the app's Serilog takes sinks from its services), kept to read back.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly List<LogEvent> all = [];

    /// <summary>The app, logging to a new CapturedLogs as well as the console.</summary>
    public static (WebApplicationFactory<Program> App, CapturedLogs Logs) On(AppFactory app)
    {
        var logs = new CapturedLogs();
        return (app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(logs))), logs);
    }

    public IReadOnlyList<LogEvent> All
    {
        get
        {
            lock (all)
            {
                return [.. all];
            }
        }
    }

    /// <summary>Each event as the console shows it, in the Text or the Json format.</summary>
    public IReadOnlyList<string> Written(string format = "Text") => [.. All.Select(e => Write(e, LoggingSetup.Formatter(new LoggingOptions { Format = format })))];

    public void Emit(LogEvent logEvent)
    {
        lock (all)
        {
            all.Add(logEvent);
        }
    }

    private static string Write(LogEvent logEvent, ITextFormatter formatter)
    {
        using var writer = new StringWriter();
        formatter.Format(logEvent, writer);
        return writer.ToString();
    }
}
