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

    /// <summary>"m:ss", the way every duration is shown.</summary>
    public static string Duration(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
