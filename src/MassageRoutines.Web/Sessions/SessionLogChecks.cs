using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Checks a reported session against the timeline of the routine version it was played from, and
/// turns it into a log. Every problem is reported, keyed by its field, and nothing is stored unless
/// there are none.
/// </summary>
public sealed class SessionLogChecks(IStringLocalizer<Words> words)
{
    public const int MaxNotesLength = SessionTables.MaxNotesLength;

    /// <summary>
    /// Once a log's times are corrected by its <see cref="SessionLogRequest.SentAt"/>, what is left of a
    /// device clock's error is the network's delay: a little ahead of the server's is not "in the future".
    /// </summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Beyond twice the plan plus this, a segment's reported time is not believable.</summary>
    public static readonly TimeSpan AbsurdMargin = TimeSpan.FromMinutes(10);

    private readonly FieldErrors errors = new();

    public Dictionary<string, string[]> Errors => errors.ToDictionary();

    /// <summary>A problem, said in the request's language.</summary>
    private void Add(string key, Wording message) => errors.Add(key, words.Say(message));

    /// <summary>A kiosk logs only routines it shows.</summary>
    public void NotOffered(string routine) => Add("routine", new Wording("This kiosk does not offer the routine '{0}'.", routine));

    /// <summary>The timeline options the session was played with, or null when they are not valid.</summary>
    public TimelineOptions? Options(SessionLogRequest request)
    {
        if (request.Minutes is { } minutes && !TargetMinutes.IsValid(minutes))
        {
            Add("minutes", TargetMinutes.Problem(minutes));
            return null;
        }
        return new TimelineOptions { TargetMinutes = request.Minutes, WarmUp = request.WarmUp ?? WarmUpMode.Gate };
    }

    /// <param name="timeline">The timeline played, or null when the routine or options could not be found.</param>
    public SessionLog? Check(SessionLogRequest request, Timeline? timeline, DateTimeOffset now, string fingerprint)
    {
        if (request.Id is null || request.Id == Guid.Empty)
        {
            Add("id", new Wording("Required: a UUID made by the client."));
        }
        if (string.IsNullOrWhiteSpace(request.Routine))
        {
            Add("routine", new Wording("Required: the routine's slug."));
        }
        if (request.RoutineVersion is null)
        {
            Add("routineVersion", new Wording("Required: the version of the routine that was played."));
        }
        else if (timeline is null && !string.IsNullOrWhiteSpace(request.Routine))
        {
            Add("routine", new Wording("There is no routine '{0}' with version {1}.", request.Routine!, request.RoutineVersion));
        }

        var shift = ClockShift(request, now);
        CheckTimes(request, shift, now);
        var outcome = Required(request.Outcome, "outcome");
        var segments = timeline is null ? [] : CheckSegments(request, timeline);
        var painEvents = timeline is null ? [] : CheckPainEvents(request, timeline);
        if (outcome == SessionOutcome.StoppedForPain && !painEvents.Any(p => p.Choice == PainChoice.EndSession))
        {
            Add("outcome", new Wording("A session stopped for pain needs a pain event whose choice is end-session."));
        }
        if (request.Discomfort is < 0 or > 10)
        {
            Add("discomfort", new Wording("Discomfort is rated from 0 to 10 (it is {0}).", request.Discomfort));
        }
        var soreRegions = (request.SoreRegions ?? []).Select((r, i) => Required(r, $"soreRegions[{i}]")).ToList();
        if (soreRegions.OfType<BodyRegion>().GroupBy(r => r).Any(g => g.Count() > 1))
        {
            Add("soreRegions", new Wording("A region is listed twice."));
        }
        if (request.Notes?.Length > MaxNotesLength)
        {
            Add("notes", new Wording("Notes can be at most {0} characters (these have {1}).", MaxNotesLength, request.Notes.Length));
        }

        if (errors.Count > 0 || timeline is null)
        {
            return null;
        }

        return new SessionLog
        {
            Id = request.Id!.Value,
            RoutineSlug = timeline.Routine.Slug,
            RoutineVersion = timeline.Routine.Version,
            RoutineName = timeline.Routine.Name,
            TargetMinutes = request.Minutes,
            WarmUp = request.WarmUp ?? WarmUpMode.Gate,
            StartedAt = (request.StartedAt!.Value + shift).UtcDateTime,
            EndedAt = (request.EndedAt!.Value + shift).UtcDateTime,
            Outcome = outcome!.Value,
            Segments = segments,
            PainEvents = painEvents,
            Discomfort = request.Discomfort,
            SoreRegions = soreRegions.OfType<BodyRegion>().ToList(),
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes,
            ActiveSeconds = segments.Where(s => !timeline.Segments[s.Index].IsWarmUp).Sum(s => s.ActualSeconds),
            RegionSeconds = RegionSecondsOf(segments, timeline),
            ReceivedAt = now.UtcDateTime,
            Fingerprint = fingerprint,
        };
    }

    /// <summary>
    /// How far the device's clock is behind the server's: the server's time now, less the device's
    /// reading when it sent the log. Its times are moved by as much, the way analytics clients have
    /// their events' clock skew corrected, so a phone set wrong still logs at the right time.
    /// </summary>
    private static TimeSpan ClockShift(SessionLogRequest request, DateTimeOffset now) =>
        request.SentAt is { } sent ? now - sent : TimeSpan.Zero;

    private void CheckTimes(SessionLogRequest request, TimeSpan shift, DateTimeOffset now)
    {
        if (request.StartedAt is null)
        {
            Add("startedAt", new Wording("Required: when the session started, as an ISO 8601 time."));
        }
        if (request.EndedAt is null)
        {
            Add("endedAt", new Wording("Required: when the session ended, as an ISO 8601 time."));
        }
        if (request.StartedAt is { } started && request.EndedAt is { } ended && ended < started)
        {
            Add("endedAt", new Wording("The session cannot end before it started."));
        }
        if (request.EndedAt + shift > now + ClockSkew)
        {
            Add("endedAt", request.SentAt is null
                ? new Wording("The session cannot end in the future; send the device's clock reading as sentAt, and its times are corrected.")
                : new Wording("The session cannot end after it was sent."));
        }
    }

    private List<SegmentResult> CheckSegments(SessionLogRequest request, Timeline timeline)
    {
        var results = new List<SegmentResult>();
        var seen = new HashSet<int>();
        foreach (var (entry, i) in (request.Segments ?? []).Select((entry, i) => (entry, i)))
        {
            var key = $"segments[{i}]";
            if (entry?.Index is not int index || index < 0 || index >= timeline.Segments.Count)
            {
                Add($"{key}.index", new Wording("Segment index {0} is not in this timeline, which has segments 0 to {1}.", IndexSent(entry?.Index), timeline.Segments.Count - 1));
                continue;
            }
            if (!seen.Add(index))
            {
                Add($"{key}.index", new Wording("Segment {0} is reported twice.", index));
            }

            // A warm-up check has no length of its own: the runner warms up (or leaves the phone), then
            // confirms; any wait is believable, and it is not massage time.
            var segment = timeline.Segments[index];
            var believable = segment.Kind == SegmentKind.Gate ? int.MaxValue : 2 * segment.Seconds + (int)AbsurdMargin.TotalSeconds;
            var planned = segment.Seconds;
            if (entry.ActualSeconds is not int actual)
            {
                Add($"{key}.actualSeconds", new Wording("Required: the seconds spent on this segment."));
            }
            else if (actual < 0 || actual > believable)
            {
                Add($"{key}.actualSeconds", new Wording("{0} seconds is not believable for a segment planned at {1} (0 to {2}).", actual, planned, believable));
            }
            else
            {
                results.Add(new(index, actual, entry.Skipped ?? false));
            }
        }
        return results.OrderBy(r => r.Index).ToList();
    }

    private List<PainEvent> CheckPainEvents(SessionLogRequest request, Timeline timeline)
    {
        var events = new List<PainEvent>();
        foreach (var (entry, i) in (request.PainEvents ?? []).Select((entry, i) => (entry, i)))
        {
            var key = $"painEvents[{i}]";
            Segment? segment = null;
            if (entry?.SegmentIndex is int index && index >= 0 && index < timeline.Segments.Count)
            {
                segment = timeline.Segments[index];
            }
            else
            {
                Add($"{key}.segmentIndex", new Wording("Segment index {0} is not in this timeline.", IndexSent(entry?.SegmentIndex)));
            }

            var symptom = Required(entry?.Symptom, $"{key}.symptom");
            var region = entry?.Region ?? segment?.Move?.Regions.FirstOrDefault();
            var choice = Required(entry?.Choice, $"{key}.choice");
            if (segment is not null && symptom is not null && choice is not null)
            {
                events.Add(new(segment.Index, symptom.Value, region, choice.Value));
            }
        }
        return events;
    }

    private static List<RegionSeconds> RegionSecondsOf(List<SegmentResult> results, Timeline timeline) =>
        results.Select(r => (Segment: timeline.Segments[r.Index], r.ActualSeconds))
            .Where(x => x.Segment.Kind == SegmentKind.Work)
            .SelectMany(x => x.Segment.Move!.Regions.Select(region => (region, x.ActualSeconds)))
            .GroupBy(x => x.region)
            .Select(g => new RegionSeconds(g.Key, g.Sum(x => x.ActualSeconds)))
            .Where(r => r.Seconds > 0)
            .OrderBy(r => r.Region)
            .ToList();

    /// <summary>A segment index as sent, or "(missing)".</summary>
    private static object IndexSent(int? index) => index is { } sent ? sent : new Wording("(missing)");

    private T? Required<T>(T? value, string key) where T : struct, Enum
    {
        if (value is null)
        {
            Add(key, Kebab.Problem(null, Kebab.What<T>(), Kebab.All<T>()));
        }
        return value;
    }
}
