namespace MassageRoutines.Engine;

/// <summary>Turns a routine and the runner's choices into the timeline the player plays.</summary>
public static class TimelineBuilder
{
    public const int MinimumWarmUpMinutes = 10;
    public const Intensity PreRunIntensityCap = Intensity.Moderate;
    public const int ShortestBoutSeconds = 5 * 60;
    public const int LongestBoutSeconds = 10 * 60;

    /// <summary>How far a fitted or authored bout may stray from a target or the recommended range unremarked.</summary>
    public const int SlackSeconds = 15;

    public static Timeline Build(Routine routine, TimelineOptions? options = null)
    {
        options ??= TimelineOptions.AsAuthored;
        var warnings = new List<Warning>();
        var cap = Min(options.IntensityCap ?? Intensity.Deep, routine.Phase == Phase.PreRun ? PreRunIntensityCap : Intensity.Deep);

        var segments = new List<Segment>();
        if (routine.Phase == Phase.PreRun)
        {
            AddWarmUp(routine, options.WarmUp, cap, segments, warnings);
        }

        var seconds = options.TargetMinutes is int minutes && routine.Items.Count > 0
            ? FitSeconds(routine, minutes)
            : routine.Items.Select(item => item.Seconds).ToArray();
        segments.AddRange(Expand(routine, seconds, options, cap, segments.Count));

        warnings.AddRange(RoutineChecks.PhaseFit(routine));
        warnings.AddRange(RoutineChecks.Order(routine));
        warnings.AddRange(PreRunIntensityWarnings(routine));
        var bout = segments.Where(s => !s.IsWarmUp).Sum(s => s.Seconds);
        warnings.AddRange(LengthWarnings(routine, bout, options.TargetMinutes));
        return new Timeline(routine, segments, warnings);
    }

    /// <summary>
    /// Each item's seconds, scaled in proportion so the bout lasts the given minutes as nearly as the
    /// moves' limits allow; getting into position and switching sides keep their fixed times.
    /// </summary>
    internal static int[] FitSeconds(Routine routine, int minutes)
    {
        var authored = routine.Items.Select(item => item.Seconds).ToArray();
        var authoredBout = Expand(routine, authored, TimelineOptions.AsAuthored, Intensity.Deep, startIndex: 0).Sum(s => s.Seconds);
        var overhead = authoredBout - routine.Items.Sum(item => item.Seconds * SidesPlayed(item));
        return TargetFit.Fit(routine.Items, minutes * 60 - overhead);
    }

    /// <summary>Left and right both played doubles a per-side move's seconds.</summary>
    public static int SidesPlayed(RoutineItem item) => item.Move.PerSide && item.Sides == Sides.Both ? 2 : 1;

    private static void AddWarmUp(Routine routine, WarmUpMode mode, Intensity cap, List<Segment> segments, List<Warning> warnings)
    {
        var minutes = routine.RequiredWarmUpMinutes;
        if (routine.WarmUpMinutes < MinimumWarmUpMinutes)
        {
            warnings.Add(new("warm-up-raised", new Wording(
                "A pre-run routine needs at least {0} minutes of dynamic warm-up first; this one asks for {1}, so the player asks for {0}.",
                MinimumWarmUpMinutes, routine.WarmUpMinutes)));
        }

        if (mode == WarmUpMode.Timed && routine.WarmUpDrills.Count == 0)
        {
            warnings.Add(new("no-warm-up-drills", new Wording("This routine names no warm-up drills, so the warm-up is a check the runner confirms instead of timed drills.")));
            mode = WarmUpMode.Gate;
        }

        if (mode == WarmUpMode.Gate)
        {
            segments.Add(new(segments.Count, SegmentKind.Gate, null, null, 0, Intensity.Gentle,
                [new(0, Labels.WarmUpGateCue(minutes, routine.WarmUpDrills.Select(d => d.Name)))]));
            return;
        }

        var drillSeconds = Apportion(minutes * 60, routine.WarmUpDrills.Select(d => d.DefaultSeconds).ToArray());
        for (var i = 0; i < routine.WarmUpDrills.Count; i++)
        {
            var drill = routine.WarmUpDrills[i];
            segments.Add(new(segments.Count, SegmentKind.WarmUp, drill, null, drillSeconds[i], Min(drill.Intensity, cap),
                StretchCues(drill, drillSeconds[i])));
        }
    }

    private static List<Segment> Expand(Routine routine, int[] seconds, TimelineOptions options, Intensity cap, int startIndex)
    {
        var segments = new List<Segment>();
        void Add(SegmentKind kind, Move move, Side? side, int length, Intensity intensity, IReadOnlyList<Cue> cues) =>
            segments.Add(new(startIndex + segments.Count, kind, move, side, length, intensity, cues));

        for (var i = 0; i < routine.Items.Count; i++)
        {
            var item = routine.Items[i];
            var move = item.Move;
            var capped = Min(move.Intensity, cap);
            var played = Min(capped, item.IntensityCap ?? Intensity.Deep);
            var workCues = WorkCues(move, seconds[i], played, capped, options.IntensityCap is not null);

            if (routine.PrepareSeconds > 0)
            {
                Add(SegmentKind.Prepare, move, FirstSide(item), routine.PrepareSeconds, played,
                    [new(0, Labels.PositionCue(move.Position))]);
            }

            if (!move.PerSide)
            {
                Add(SegmentKind.Work, move, null, seconds[i], played, workCues);
            }
            else if (item.Sides == Sides.Both)
            {
                Add(SegmentKind.Work, move, Side.Left, seconds[i], played, workCues);
                if (routine.SwitchSeconds > 0)
                {
                    Add(SegmentKind.SwitchSides, move, Side.Right, routine.SwitchSeconds, played, [new(0, Labels.SwitchToRightCue)]);
                }
                Add(SegmentKind.Work, move, Side.Right, seconds[i], played, workCues);
            }
            else
            {
                Add(SegmentKind.Work, move, FirstSide(item), seconds[i], played, workCues);
            }

            if (item.RestSeconds > 0)
            {
                Add(SegmentKind.Rest, move, null, item.RestSeconds, Intensity.Gentle, [new(0, Labels.RestCue)]);
            }
        }
        return segments;
    }

    private static Side? FirstSide(RoutineItem item) => !item.Move.PerSide ? null : item.Sides == Sides.Right ? Side.Right : Side.Left;

    /// <param name="capped">The intensity after the runner's and the phase's caps, before the item's own.</param>
    private static List<Cue> WorkCues(Move move, int seconds, Intensity played, Intensity capped, bool runnerAskedLighter)
    {
        var cues = StretchCues(move, seconds);
        if (runnerAskedLighter)
        {
            cues.Insert(0, new(0, Labels.LighterCue));
        }
        else if (played < capped)
        {
            cues.Insert(0, new(0, Labels.KeepPressureCue(played)));
        }
        else if (played < move.Intensity)
        {
            cues.Insert(0, new(0, Labels.PreRunPressureCue));
        }
        return cues;
    }

    /// <summary>Cues are written for the move's default length; a longer or shorter segment spaces them to match.</summary>
    private static List<Cue> StretchCues(Move move, int seconds) =>
        move.Cues
            .Select(cue => cue with { AtSecond = (int)((long)cue.AtSecond * seconds / move.DefaultSeconds) })
            .Where(cue => cue.AtSecond < seconds)
            .ToList();

    private static IEnumerable<Warning> PreRunIntensityWarnings(Routine routine) =>
        routine.Phase != Phase.PreRun
            ? []
            : routine.Items.Select(item => item.Move).Where(move => move.Intensity > PreRunIntensityCap).DistinctBy(move => move.Slug)
                .Select(move => new Warning("pre-run-intensity", new Wording(
                    "{0} is a deep move; before a run it is played at moderate pressure, with a reminder to work for blood flow and warmth, not depth.",
                    move.Name)));

    private static IEnumerable<Warning> LengthWarnings(Routine routine, int bout, int? targetMinutes)
    {
        if (targetMinutes is int minutes && Math.Abs(bout - minutes * 60) > SlackSeconds)
        {
            yield return new("target-not-met", new Wording(
                "This routine cannot be fitted to {0} minutes within its moves' limits; the closest it gets is {1}.", minutes, Labels.Duration(bout)));
        }

        if (routine.Phase == Phase.Break || routine.Items.Count == 0)
        {
            yield break;
        }

        if (bout < ShortestBoutSeconds - SlackSeconds)
        {
            yield return new("bout-short", new Wording("The massage takes {0}. {1}", Labels.Duration(bout), new Wording(Labels.BoutLength)));
        }
        else if (bout > LongestBoutSeconds + SlackSeconds)
        {
            yield return new("bout-long", new Wording("The massage takes {0}. {1}", Labels.Duration(bout), new Wording(Labels.TwoBoutsADay)));
        }
    }

    private static Intensity Min(Intensity a, Intensity b) => a < b ? a : b;

    /// <summary>Splits a whole number of seconds in proportion to weights, by largest remainder.</summary>
    internal static int[] Apportion(int total, IReadOnlyList<int> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => (double)total * w / sum).ToArray();
        var shares = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - shares.Sum();
        foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - shares[i]).Take(left))
        {
            shares[i]++;
        }
        return shares;
    }
}
