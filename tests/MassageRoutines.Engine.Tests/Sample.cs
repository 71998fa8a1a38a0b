namespace MassageRoutines.Engine.Tests;

/// <summary>Small moves and routines shaped like the seeded ones, so each test states only what it varies.</summary>
internal static class Sample
{
    public static Move Move(
        string slug,
        BodyRegion[] regions,
        Technique technique = Technique.Broad,
        Intensity intensity = Intensity.Moderate,
        bool perSide = false,
        int seconds = 60,
        int min = 30,
        int max = 120,
        Phase[]? phases = null,
        Cue[]? cues = null) => new()
        {
            Slug = slug,
            Name = slug.Replace('-', ' '),
            Regions = regions,
            Position = Position.Seated,
            Phases = phases ?? [Phase.PreRun, Phase.PostRun],
            Technique = technique,
            Intensity = intensity,
            PerSide = perSide,
            DefaultSeconds = seconds,
            MinSeconds = min,
            MaxSeconds = max,
            Steps = ["Sit down.", "Roll slowly."],
            Cues = cues ?? [new(0, "Start slowly.")],
        };

    public static readonly Move LowBack = Move("low-back", [BodyRegion.LowBack, BodyRegion.Hips], Technique.Hold, Intensity.Gentle, seconds: 120, min: 60, max: 180);
    public static readonly Move ItBand = Move("it-band", [BodyRegion.ItBand, BodyRegion.Quads], perSide: true);
    public static readonly Move Glutes = Move("glutes", [BodyRegion.Glutes, BodyRegion.HipRotators], Technique.Point, perSide: true);
    public static readonly Move DeepGlutes = Move("deep-glutes", [BodyRegion.Glutes, BodyRegion.Adductors], Technique.Point, Intensity.Deep, perSide: true, phases: [Phase.PostRun]);
    public static readonly Move BroadLegs = Move("broad-legs", [BodyRegion.Quads, BodyRegion.Glutes, BodyRegion.Hamstrings], Technique.Broad);
    public static readonly Move Shins = Move("shins", [BodyRegion.Shins, BodyRegion.Calves], Technique.Point, perSide: true, phases: [Phase.PostRun]);

    public static readonly Move[] Drills =
    [
        Move("easy-jog", [BodyRegion.FullBody], Technique.Drill, Intensity.Gentle, seconds: 240, min: 60, max: 600),
        Move("butt-kicks", [BodyRegion.FullBody], Technique.Drill, seconds: 120, min: 30, max: 300),
        Move("jumping-jacks", [BodyRegion.FullBody], Technique.Drill, seconds: 120, min: 30, max: 300),
        Move("high-knees", [BodyRegion.FullBody], Technique.Drill, seconds: 120, min: 30, max: 300),
    ];

    public static Routine Routine(Phase phase, params RoutineItem[] items) => new()
    {
        Slug = "sample",
        Name = "Sample",
        Phase = phase,
        Items = items,
        WarmUpMinutes = phase == Phase.PreRun ? 10 : 0,
        WarmUpDrills = phase == Phase.PreRun ? Drills : [],
    };

    public static RoutineItem Item(Move move, int? seconds = null, Sides sides = Sides.Both, int rest = 0) =>
        new() { Move = move, Seconds = seconds ?? move.DefaultSeconds, Sides = sides, RestSeconds = rest };

    /// <summary>Low back, IT band, glutes: the pre-run order, 6:40 of massage.</summary>
    public static Routine PreRun() => Routine(Phase.PreRun, Item(LowBack), Item(ItBand), Item(Glutes));

    public static IEnumerable<Segment> Work(this Timeline timeline) => timeline.Segments.Where(s => s.Kind == SegmentKind.Work);

    public static IEnumerable<string> Codes(this Timeline timeline) => timeline.Warnings.Select(w => w.Code);
}
