using System.Text.Json.Serialization;
using MassageRoutines.Engine;
using MassageRoutines.Engine.Building;
using MassageRoutines.Web.Libraries;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Api;

// The JSON shapes of the routines API. Engine values (Move, Cue) are returned as they are; warnings are said in the request's language.

public sealed record RoutineSummary(
    string Slug,
    string Name,
    string Summary,
    Phase Phase,
    string Library,
    int TotalSeconds,
    int WarmUpMinutes,
    IReadOnlyList<BodyRegion> Regions,
    IReadOnlyList<Tool> Tools)
{
    public static RoutineSummary From(PublishedRoutine published) => new(
        published.Routine.Slug,
        published.Routine.Name,
        published.Routine.Summary,
        published.Routine.Phase,
        published.LibraryName,
        published.Timeline.BoutSeconds,
        published.Routine.RequiredWarmUpMinutes,
        published.Regions,
        published.Tools);
}

public sealed record RoutineDetail(
    string Slug,
    string Name,
    string Summary,
    Phase Phase,
    string Library,
    int Version,
    int TotalSeconds,
    int WarmUpMinutes,
    IReadOnlyList<string> WarmUpDrills,
    int PrepareSeconds,
    int SwitchSeconds,
    IReadOnlyList<RoutineItemDetail> Items,
    IReadOnlyList<BodyRegion> Regions,
    IReadOnlyList<Tool> Tools,
    IReadOnlyList<SaidWarning> Warnings)
{
    public static RoutineDetail From(PublishedRoutine published, IStringLocalizer<Words> words)
    {
        var summary = RoutineSummary.From(published);
        var routine = published.Routine;
        return new(routine.Slug, routine.Name, routine.Summary, routine.Phase, published.LibraryName, routine.Version,
            summary.TotalSeconds, summary.WarmUpMinutes, routine.WarmUpDrills.Select(d => d.Slug).ToList(),
            routine.PrepareSeconds, routine.SwitchSeconds,
            routine.Items.Select(i => new RoutineItemDetail(i.Move.Slug, i.Move.Name, i.Seconds, i.Move.PerSide, i.Sides, i.RestSeconds)).ToList(),
            published.Regions, published.Tools, SaidWarning.All(published.Timeline.Warnings, words));
    }
}

/// <param name="Seconds">For each side of a per-side move, or for the whole move.</param>
public sealed record RoutineItemDetail(string Move, string Name, int Seconds, bool PerSide, Sides Sides, int RestSeconds);

/// <summary>A warning or note as a person reads it: its code, and its message in the request's language.</summary>
public sealed record SaidWarning(string Code, string Message)
{
    public static IReadOnlyList<SaidWarning> All(IEnumerable<Warning> warnings, IStringLocalizer<Words> words) =>
        [.. warnings.Select(warning => new SaidWarning(warning.Code, words.Say(warning.Says)))];
}

/// <param name="Notes">For a built routine only: what is missing, and why it is shorter or longer than asked.</param>
public sealed record TimelineResponse(
    RoutineRef Routine,
    int TotalSeconds,
    int BoutSeconds,
    IReadOnlyList<SaidWarning> Warnings,
    IReadOnlyList<SegmentResponse> Segments,
    IReadOnlyList<Move> Moves,
    IReadOnlyDictionary<BodyRegion, int> SecondsByRegion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SaidWarning>? Notes = null)
{
    /// <param name="built">The build of a built routine: its work segments then say why their move is there.</param>
    public static TimelineResponse From(Timeline timeline, IStringLocalizer<Words> words, BuildResult? built = null)
    {
        var whys = built is null
            ? []
            : timeline.Routine.Items.Zip(built.Whys).DistinctBy(x => x.First.Move.Slug).ToDictionary(x => x.First.Move.Slug, x => words.Say(x.Second));
        return new(
            new(timeline.Routine.Slug, timeline.Routine.Name, timeline.Routine.Phase, timeline.Routine.Version, timeline.Routine.RequiredWarmUpMinutes),
            timeline.TotalSeconds,
            timeline.BoutSeconds,
            SaidWarning.All(timeline.Warnings, words),
            timeline.Segments.Select(s => new SegmentResponse(s.Index, s.Kind, Labels.Of(s.Kind), s.Move?.Slug, s.Side, s.Seconds, s.Intensity, s.Cues,
                s.Kind == SegmentKind.Work ? whys.GetValueOrDefault(s.Move!.Slug) : null)).ToList(),
            timeline.Segments.Where(s => s.Move is not null).Select(s => s.Move!).DistinctBy(m => m.Slug).ToList(),
            timeline.SecondsByRegion,
            built is null ? null : SaidWarning.All(built.Notes, words));
    }
}

public sealed record RoutineRef(string Slug, string Name, Phase Phase, int Version, int WarmUpMinutes);

/// <param name="Label">The kind in words, as the player shows it.</param>
/// <param name="Why">For a work segment of a built routine: why its move is there.</param>
public sealed record SegmentResponse(
    int Index,
    SegmentKind Kind,
    string Label,
    string? Move,
    Side? Side,
    int Seconds,
    Intensity Intensity,
    IReadOnlyList<Cue> Cues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Why = null);
