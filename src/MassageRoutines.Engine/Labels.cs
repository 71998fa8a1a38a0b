using System.Globalization;

namespace MassageRoutines.Engine;

/// <summary>The words a runner reads for each domain value.</summary>
public static class Labels
{
    public static string Of(Phase phase) => phase switch
    {
        Phase.PreRun => "Pre-run",
        Phase.PostRun => "Post-run",
        Phase.Break => "Movement break",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>When a phase's routine is done, as a heading or a choice.</summary>
    public static string When(Phase phase) => phase switch
    {
        Phase.PreRun => "Before a run",
        Phase.PostRun => "After a run",
        Phase.Break => "A movement break",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static string Of(Intensity intensity) => intensity switch
    {
        Intensity.Gentle => "Gentle",
        Intensity.Moderate => "Moderate",
        Intensity.Deep => "Deep",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity)),
    };

    public static string Of(BodyRegion region) => region switch
    {
        BodyRegion.LowBack => "Low back",
        BodyRegion.Hips => "Hips",
        BodyRegion.ItBand => "IT band",
        BodyRegion.Quads => "Quads",
        BodyRegion.Glutes => "Glutes",
        BodyRegion.HipRotators => "Hip rotators",
        BodyRegion.Adductors => "Adductors",
        BodyRegion.Hamstrings => "Hamstrings",
        BodyRegion.Calves => "Calves",
        BodyRegion.Shins => "Shins",
        BodyRegion.FullBody => "Full body",
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };

    public static string Of(Tool tool) => tool switch
    {
        Tool.FoamRoller => "Foam roller",
        Tool.MassageStick => "Massage stick",
        Tool.Ball => "Massage ball",
        Tool.Hands => "Hands",
        Tool.MassageGun => "Massage gun",
        Tool.Bolster => "Bolster",
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    public static string Of(Position position) => position switch
    {
        Position.Standing => "Standing",
        Position.LyingOnBack => "Lying on your back",
        Position.LyingOnSide => "Lying on your side",
        Position.Seated => "Seated",
        _ => throw new ArgumentOutOfRangeException(nameof(position)),
    };

    public static string Of(Technique technique) => technique switch
    {
        Technique.Drill => "Warm-up drill",
        Technique.Hold => "Hold",
        Technique.Broad => "Broad strokes",
        Technique.Point => "Point-specific",
        _ => throw new ArgumentOutOfRangeException(nameof(technique)),
    };

    public static string Of(Side side) => side switch
    {
        Side.Left => "Left side",
        Side.Right => "Right side",
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static string Of(SegmentKind kind) => kind switch
    {
        SegmentKind.WarmUp => "Warm-up",
        SegmentKind.Gate => "Warm-up check",
        SegmentKind.Prepare => "Get into position",
        SegmentKind.Work => "Massage",
        SegmentKind.SwitchSides => "Switch sides",
        SegmentKind.Rest => "Rest",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>How often to massage ("Less is more"), in its one wording.</summary>
    public const string TwoBoutsADay = "Two short bouts a day do more good than one long session.";

    /// <summary>How long a bout should be, in its one wording.</summary>
    public const string BoutLength = "Short bouts of 5 to 10 minutes do the most good.";

    // What the timeline's own cues say (a move's cues are the library's). The web layer says them in the
    // runner's language: each sentence, or its format, is the key of its translation.
    public const string SwitchToRightCue = "Switch to your right side.";
    public const string RestCue = "Rest and breathe easy.";
    public const string LighterCue = "Lighter now: ease the pressure, or switch to your hands or a softer tool.";
    public const string PreRunPressureCue = "Before a run, keep the pressure moderate: you are after blood flow and warm tissue, not deep work.";
    public const string KeepPressureCueFormat = "Keep the pressure {0} here: this routine goes easy on a sore or tender spot.";
    public const string PositionCueFormat = "{0}.";
    public const string WarmUpGateCueFormat = "Warm up for at least {0} minutes before you massage. Warm muscles are safer to work.";
    public const string WarmUpGateWithDrillsCueFormat = "Warm up for at least {0} minutes before you massage ({1}). Warm muscles are safer to work.";

    /// <summary>A work segment played lighter than its move, for a sore spot.</summary>
    public static string KeepPressureCue(Intensity played) =>
        string.Format(CultureInfo.InvariantCulture, KeepPressureCueFormat, Of(played).ToLowerInvariant());

    /// <summary>Getting into a move's position.</summary>
    public static string PositionCue(Position position) => string.Format(CultureInfo.InvariantCulture, PositionCueFormat, Of(position));

    /// <summary>The warm-up check, naming the routine's drills when it has some.</summary>
    public static string WarmUpGateCue(int minutes, IEnumerable<string> drills) =>
        drills.ToList() is { Count: > 0 } named
            ? string.Format(CultureInfo.InvariantCulture, WarmUpGateWithDrillsCueFormat, minutes, string.Join(", ", named.Select(d => d.ToLowerInvariant())))
            : string.Format(CultureInfo.InvariantCulture, WarmUpGateCueFormat, minutes);

    /// <summary>
    /// A region as it reads inside a sentence, with its article ("on the calves", "the low back and the hips"):
    /// a key of its own in each language, where the article agrees with the noun ("las pantorrillas",
    /// "die Waden"), and one that cannot clash with the region's label ("Calves"), as resource keys ignore case.
    /// </summary>
    public static Wording InSentence(BodyRegion region) => region switch
    {
        BodyRegion.LowBack => new Wording("the low back"),
        BodyRegion.Hips => new Wording("the hips"),
        BodyRegion.ItBand => new Wording("the IT band"),
        BodyRegion.Quads => new Wording("the quads"),
        BodyRegion.Glutes => new Wording("the glutes"),
        BodyRegion.HipRotators => new Wording("the hip rotators"),
        BodyRegion.Adductors => new Wording("the adductors"),
        BodyRegion.Hamstrings => new Wording("the hamstrings"),
        BodyRegion.Calves => new Wording("the calves"),
        BodyRegion.Shins => new Wording("the shins"),
        BodyRegion.FullBody => new Wording("the whole body"),
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };

    /// <summary>"m:ss", the way every duration is shown.</summary>
    public static string Duration(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
