using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// The timelines session logs are checked against, built once per routine version and options rather
/// than once per log. Keyed by the routine object the version cache holds, so when a library change
/// clears that cache the timelines go with it; a routine has at most a few dozen options (the target
/// minutes and the warm-up mode), so this stays small.
/// </summary>
public sealed class SessionTimelines
{
    private readonly ConditionalWeakTable<Routine, ConcurrentDictionary<TimelineOptions, Timeline>> timelines = new();

    public Timeline Of(Routine routine, TimelineOptions options) =>
        timelines.GetValue(routine, _ => new()).GetOrAdd(options, o => TimelineBuilder.Build(routine, o));
}
