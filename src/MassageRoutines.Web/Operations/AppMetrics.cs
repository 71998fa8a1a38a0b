using System.Diagnostics.Metrics;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Operations;

/// <summary>The app's own meter: what runners do, and what the framework's meters cannot see.</summary>
public sealed class AppMetrics
{
    public const string MeterName = "MassageRoutines";

    private readonly Counter<long> sessionsLogged;
    private readonly Counter<long> painStops;
    private readonly Histogram<double> ingestion;
    private readonly Counter<long> cacheEvictions;

    public AppMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        sessionsLogged = meter.CreateCounter<long>("massageroutines.sessions.logged", "{session}",
            "Session logs stored, by how the session ended.");
        painStops = meter.CreateCounter<long>("massageroutines.sessions.pain_stops", "{stop}",
            "Stops for sharp pain, numbness or tingling in stored session logs, by symptom and what the runner chose.");
        ingestion = meter.CreateHistogram<double>("massageroutines.sessions.ingestion.duration", "s",
            "Time to check and store one session log, by result.");
        cacheEvictions = meter.CreateCounter<long>("massageroutines.library.cache_evictions", "{eviction}",
            "Times this instance emptied its library caches, by where the change came from.");
    }

    /// <param name="result">created, repeated, conflict or invalid.</param>
    /// <param name="created">The log stored, when this one was new.</param>
    public void SessionIngested(string result, SessionLog? created, TimeSpan took)
    {
        ingestion.Record(took.TotalSeconds, new KeyValuePair<string, object?>("result", result));
        if (created is { } log)
        {
            sessionsLogged.Add(1, new KeyValuePair<string, object?>("outcome", Kebab.Of(log.Outcome)));
            foreach (var stop in log.PainEvents)
            {
                painStops.Add(1, new("symptom", Kebab.Of(stop.Symptom)), new("choice", Kebab.Of(stop.Choice)));
            }
        }
    }

    /// <param name="origin">this-instance, another-instance, or listening (began to listen for other instances' changes, and may have missed one).</param>
    public void LibraryCachesEvicted(string origin) => cacheEvictions.Add(1, new KeyValuePair<string, object?>("origin", origin));
}
