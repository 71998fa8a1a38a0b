namespace MassageRoutines.Engine.Building;

/// <summary>
/// The builder's sentences: each chosen move's "why", and the words they are made of. Each case has a
/// whole sentence of its own (each phase, each reason), so that another language can
/// say each naturally rather than put it together from English pieces.
/// </summary>
internal static class BuildWords
{
    public static Wording Why(BuildNeeds needs, Pick pick)
    {
        var move = pick.Move;
        var sore = needs.SoreIn(move).ToList();
        var rested = needs.RestedIn(move).ToList();
        if (rested.Count > 0)
        {
            var pain = rested.Where(region => needs.Rested[region] == RestReason.StoppedForPain).ToList();
            return (sore.Count > 0, pain.Count > 0) switch
            {
                (true, true) => new Wording("Extra time for sore spots on {0}, with gentle broad strokes only: you stopped for pain on {1} in the last day.",
                    Regions(sore), Regions(pain)),
                (true, false) => new Wording("Extra time for sore spots on {0}, with gentle broad strokes only: {1} had a hard session in the last day.",
                    Regions(sore), Regions(rested)),
                (false, true) => new Wording("Gentle broad strokes only: you stopped for pain on {0} in the last day.", Regions(pain)),
                (false, false) => new Wording("Gentle broad strokes only: {0} had a hard session in the last day.", Regions(rested)),
            };
        }

        if (sore.Count > 0)
        {
            var regions = Regions(sore);
            return needs.Phase switch
            {
                Phase.PreRun => new Wording("Sore spots on {0}: extra time, gentle pressure before your run.", regions),
                Phase.PostRun => new Wording("Sore spots on {0}: extra time while your muscles are still warm.", regions),
                _ => new Wording("Sore spots on {0}: extra time on this one.", regions),
            };
        }

        if (needs.GetsExtraTime(move))
        {
            return new Wording("You ran hard today: extra time on broad strokes to loosen up before point work.");
        }

        return pick.Purpose switch
        {
            Purpose.PreRunStage => RoutineChecks.PreRunStage(move) switch
            {
                1 => new Wording("Before a run, start with the low back and hips, which tighten when you sit or stand all day."),
                2 => new Wording("Then the IT band and quads, with light pressure: you are after blood flow and warmth, not deep work."),
                _ => new Wording("Glutes and hip rotators come last before a run."),
            },
            Purpose.Shins => new Wording("After a run, check your shins for sore spots."),
            Purpose.GlutesOrAdductors => new Wording("After a run, ease tight spots in your glutes and adductors."),
            Purpose.BroadFirst => new Wording("Broad strokes come first after a run, to loosen up before point work."),
            _ when needs.Phase == Phase.Break => new Wording("Gets you moving: long sitting or standing tightens the hips and low back."),
            _ => new Wording("More time on {0}, to fill your {1} minutes.", Labels.InSentence(move.Regions[0]), needs.Minutes),
        };
    }

    /// <summary>Why a resting region gets nothing at all today.</summary>
    public static Wording DayOff(BodyRegion region, RestReason reason) => reason == RestReason.StoppedForPain
        ? new Wording("A day off for {0}: you stopped for pain there in the last day.", Labels.InSentence(region))
        : new Wording("A day off for {0} after a hard session in the last day.", Labels.InSentence(region));

    /// <summary>Regions as they read inside a sentence: "the calves", "the low back and the hips".</summary>
    public static object Regions(IEnumerable<BodyRegion> regions) => Wording.All([.. regions.Select(Labels.InSentence)]);


    /// <summary>"a foam roller or a massage ball": gear that would do, hands left out since they are always at hand.</summary>
    public static object AnyOf(IEnumerable<Tool> tools) =>
        Wording.AnyOf([.. tools.Where(tool => tool != Tool.Hands).Distinct().Order().Select(A)]);

    private static Wording A(Tool tool) => tool switch
    {
        Tool.FoamRoller => new("a foam roller"),
        Tool.MassageStick => new("a massage stick"),
        Tool.Ball => new("a massage ball"),
        Tool.MassageGun => new("a massage gun"),
        Tool.Bolster => new("a bolster"),
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };
}
