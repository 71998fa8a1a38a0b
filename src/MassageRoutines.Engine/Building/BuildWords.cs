namespace MassageRoutines.Engine.Building;

/// <summary>The builder's sentences: each chosen move's "why", and the words they are made of.</summary>
internal static class BuildWords
{
    public static string Why(BuildNeeds needs, Pick pick)
    {
        var move = pick.Move;
        var sore = needs.SoreIn(move).ToList();
        var rested = needs.RestedIn(move).ToList();
        if (rested.Count > 0)
        {
            var rest = RestClause(needs, rested);
            return sore.Count > 0
                ? $"Extra time for your sore {Regions(sore)}, with gentle broad strokes only: {rest}."
                : $"Gentle broad strokes only: {rest}.";
        }

        if (sore.Count > 0)
        {
            var soreIs = $"Your {Regions(sore)} {(IsPlural(sore) ? "are" : "is")} sore";
            return needs.Phase switch
            {
                Phase.PreRun => $"{soreIs}: extra time, gentle pressure before your run.",
                Phase.PostRun => $"{soreIs}: extra time while your muscles are still warm.",
                _ => $"{soreIs}: extra time on this one.",
            };
        }

        if (needs.GetsExtraTime(move))
        {
            return "You ran hard today: extra time on broad strokes to loosen up before point work.";
        }

        return pick.Purpose switch
        {
            Purpose.PreRunStage => RoutineChecks.PreRunStage(move) switch
            {
                1 => "Before a run, start with the low back and hips, which tighten when you sit or stand all day.",
                2 => "Then the IT band and quads, with light pressure: you are after blood flow and warmth, not deep work.",
                _ => "Glutes and hip rotators come last before a run.",
            },
            Purpose.Shins => "After a run, check your shins for sore spots.",
            Purpose.GlutesOrAdductors => "After a run, ease tight spots in your glutes and adductors.",
            Purpose.BroadFirst => "Broad strokes come first after a run, to loosen up before point work.",
            _ when needs.Phase == Phase.Break => "Gets you moving: long sitting or standing tightens the hips and low back.",
            _ => $"More time on your {Region(move.Regions[0])}, to fill your {needs.Minutes} minutes.",
        };
    }

    /// <summary>Why a resting region gets nothing at all today.</summary>
    public static string DayOff(BodyRegion region, RestReason reason) => reason == RestReason.StoppedForPain
        ? $"Your {Region(region)} {(IsPlural([region]) ? "get" : "gets")} a day off: you stopped for pain there in the last day."
        : $"Your {Region(region)} {(IsPlural([region]) ? "get" : "gets")} a day off after a hard session in the last day.";

    private static string RestClause(BuildNeeds needs, List<BodyRegion> rested)
    {
        var pain = rested.Where(region => needs.Rested[region] == RestReason.StoppedForPain).ToList();
        return pain.Count > 0
            ? $"you stopped for pain in your {Regions(pain)} in the last day"
            : $"your {Regions(rested)} had a hard session in the last day";
    }

    public static string PhaseWords(Phase phase) => phase switch
    {
        Phase.PreRun => "before a run",
        Phase.PostRun => "after a run",
        _ => "in a movement break",
    };

    /// <summary>A region as it reads inside a sentence: "calves", "low back", "IT band".</summary>
    public static string Region(BodyRegion region) => region switch
    {
        BodyRegion.ItBand => "IT band",
        BodyRegion.FullBody => "whole body",
        _ => Labels.Of(region).ToLowerInvariant(),
    };

    public static string Regions(IEnumerable<BodyRegion> regions) => Join(regions.Select(Region).ToList(), "and");

    private static bool IsPlural(IReadOnlyList<BodyRegion> regions) =>
        regions.Count > 1 || regions[0] is not (BodyRegion.LowBack or BodyRegion.ItBand or BodyRegion.FullBody);

    /// <summary>"a foam roller or a massage ball": gear that would do, hands left out since they are always at hand.</summary>
    public static string AnyOf(IEnumerable<Tool> tools) =>
        Join(tools.Where(tool => tool != Tool.Hands).Distinct().Order().Select(tool => $"a {Labels.Of(tool).ToLowerInvariant()}").ToList(), "or");

    private static string Join(IReadOnlyList<string> words, string conjunction) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => $"{string.Join(", ", words.Take(words.Count - 1))} {conjunction} {words[^1]}",
    };
}
