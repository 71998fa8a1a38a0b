namespace MassageRoutines.Engine.Building;

/// <summary>A build request made ready to ask of each move: what suits, what can be done, how long, how hard.</summary>
internal sealed class BuildNeeds
{
    /// <summary>How much longer than usual a sore region's move, or a hard run's broad strokes, is authored.</summary>
    public const double ExtraTime = 1.5;

    public BuildNeeds(BuildRequest request)
    {
        Phase = request.Phase;
        Minutes = request.Minutes;
        RanHard = request.RanHard;
        Tools = request.Tools.Append(Tool.Hands).ToHashSet();
        Rested = new SortedDictionary<BodyRegion, RestReason>(request.RestAdvice
            .GroupBy(advice => advice.Region)
            .ToDictionary(group => group.Key,
                group => group.Any(advice => advice.Reason == RestReason.StoppedForPain) ? RestReason.StoppedForPain : RestReason.HardSession));
        Sore = request.SoreRegions.Distinct().Where(region => !Rested.ContainsKey(region)).Order().ToList();
    }

    public Phase Phase { get; }
    public int Minutes { get; }
    public int BudgetSeconds => Minutes * 60;
    public bool RanHard { get; }
    public IReadOnlySet<Tool> Tools { get; }

    /// <summary>Regions to spare, each with the stronger of its reasons.</summary>
    public IReadOnlyDictionary<BodyRegion, RestReason> Rested { get; }

    /// <summary>Sore regions that are not resting; a resting region is spared, sore or not.</summary>
    public IReadOnlyList<BodyRegion> Sore { get; }

    /// <summary>Meant for this phase: drills only in a movement break, nothing deep before a run.</summary>
    public bool SuitsPhase(Move move) =>
        move.Phases.Contains(Phase)
        && (Phase == Phase.Break || move.Technique != Technique.Drill)
        && !(Phase == Phase.PreRun && move.Intensity > TimelineBuilder.PreRunIntensityCap);

    /// <summary>A resting region gets broad strokes only (played gentle), or nothing.</summary>
    public bool SparesRest(Move move) => move.Technique == Technique.Broad || !RestedIn(move).Any();

    /// <summary>Any one of a move's tools will do; a move with none needs only body weight.</summary>
    public bool CanDo(Move move) => move.Tools.Count == 0 || move.Tools.Any(Tools.Contains);

    public IEnumerable<BodyRegion> SoreIn(Move move) => Sore.Where(move.Regions.Contains);

    public IEnumerable<BodyRegion> RestedIn(Move move) => Rested.Keys.Where(move.Regions.Contains);

    /// <summary>Sore spots get extra time; so do broad strokes after a hard run, unless they touch a resting region.</summary>
    public bool GetsExtraTime(Move move) =>
        SoreIn(move).Any() || (RanHard && Phase == Phase.PostRun && move.Technique == Technique.Broad && !RestedIn(move).Any());

    /// <summary>The seconds a move is authored with before the routine is fitted to the minutes.</summary>
    public int AuthoredSeconds(Move move) =>
        Math.Clamp((int)Math.Round(move.DefaultSeconds * (GetsExtraTime(move) ? ExtraTime : 1)), move.MinSeconds, move.MaxSeconds);

    /// <summary>Gentle on a resting region, and on a sore one before a run; otherwise as the move is.</summary>
    public Intensity? IntensityCap(Move move) =>
        RestedIn(move).Any() || (Phase == Phase.PreRun && SoreIn(move).Any()) ? Intensity.Gentle : null;

    /// <summary>The bout seconds a move takes at a length: getting into position, each side, switching sides.</summary>
    public static int BoutSeconds(Move move, int seconds) =>
        Routine.DefaultPrepareSeconds + (move.PerSide ? 2 * seconds + Routine.DefaultSwitchSeconds : seconds);
}
