namespace MassageRoutines.Engine.Building;

/// <summary>Why a move was chosen; it sets the move's line of "why".</summary>
internal enum Purpose { Sore, PreRunStage, Shins, GlutesOrAdductors, BroadFirst, Fill }

internal sealed record Pick(Move Move, Purpose Purpose);

/// <summary>
/// Something the routine should have, the moves that give it, and how well each does. A mandatory
/// want is kept even when it makes the routine longer than asked.
/// </summary>
/// <param name="What">
/// What it is, as the notes say it (new Wording("the shins")); null for broad strokes, whose notes have sentences of their own:
/// "broad strokes" alone would be the same key as the technique's label "Broad strokes" (keys ignore case).
/// </param>
internal sealed record Want(Purpose Purpose, Wording? What, bool Mandatory, Func<Move, bool> Serves, Func<Move, int> Score);

/// <summary>
/// Picks the moves: first what the phase and the runner want, most important first, then more
/// moves until the time is filled. Each want takes the best move that can be done with the tools
/// at hand and still fits the minutes; the notes say what stood in, what is missing and what did not fit.
/// </summary>
internal static class MoveChoice
{
    public static List<Pick> Choose(BuildNeeds needs, IReadOnlyList<Move> moves, List<Warning> notes)
    {
        var picks = new List<Pick>();
        foreach (var want in Wants(needs, picks))
        {
            if (picks.Any(pick => want.Serves(pick.Move)))
            {
                continue;
            }

            var serving = moves.Where(move => needs.SuitsPhase(move) && want.Serves(move)).ToList();
            if (serving.Count == 0)
            {
                notes.Add(new("no-move", NoMove(want, needs.Phase)));
                continue;
            }

            // When rest advice rules out every move, the rest-day note says so.
            var ranked = serving.Where(needs.SparesRest)
                .OrderByDescending(want.Score).ThenBy(move => move.Slug, StringComparer.Ordinal).ToList();
            if (ranked.Count == 0)
            {
                continue;
            }

            var best = ranked[0];
            var doable = ranked.FirstOrDefault(needs.CanDo);
            if (doable is null)
            {
                notes.Add(new("tool-missing", ToolMissing(want, needs.Phase, BuildWords.AnyOf(ranked.SelectMany(move => move.Tools)))));
                continue;
            }

            if (!want.Mandatory && !Fits(needs, picks, doable))
            {
                notes.Add(new("no-room", want.What is { } what
                    ? new Wording("{0} minutes leave no room for {1} ({2}); ask for more time to fit it in.", needs.Minutes, what, doable.Name)
                    : new Wording("{0} minutes leave no room for broad strokes ({1}); ask for more time to fit it in.", needs.Minutes, doable.Name)));
                continue;
            }

            if (doable != best)
            {
                notes.Add(new("stand-in", new Wording("{0} stands in for {1}, which needs {2}.", doable.Name, best.Name, BuildWords.AnyOf(best.Tools))));
            }
            picks.Add(new(doable, want.Purpose));
        }

        Fill(needs, moves, picks);
        return picks;
    }

    private static IEnumerable<Want> Wants(BuildNeeds needs, List<Pick> picks)
    {
        var sore = needs.Sore.Select(region =>
            new Want(Purpose.Sore, Labels.InSentence(region), false, move => move.Regions.Contains(region), RegionScore(needs, [region])));
        return needs.Phase switch
        {
            Phase.PreRun => sore.Concat(
            [
                Stage(needs, 1, new Wording("the low back and hips")),
                Stage(needs, 2, new Wording("the IT band and quads")),
                Stage(needs, 3, new Wording("the glutes and hip rotators")),
            ]),
            Phase.PostRun => new[]
            {
                RegionWant(needs, Purpose.Shins, new Wording("the shins"), [BodyRegion.Shins]),
                RegionWant(needs, Purpose.GlutesOrAdductors, new Wording("the glutes or adductors"), [BodyRegion.Glutes, BodyRegion.Adductors]),
            }.Concat(sore).Append(new Want(Purpose.BroadFirst, null, false,
                move => move.Technique == Technique.Broad,
                // The broad strokes that loosen most of what the point work will go on to.
                move => move.Regions.Count(region => needs.Sore.Contains(region) || picks.Any(pick => pick.Move.Regions.Contains(region))))),
            _ => sore,
        };
    }

    private static Want Stage(BuildNeeds needs, int stage, Wording what) =>
        new(Purpose.PreRunStage, what, false, move => RoutineChecks.PreRunStage(move) == stage, move => needs.SoreIn(move).Count());

    private static Want RegionWant(BuildNeeds needs, Purpose purpose, Wording what, BodyRegion[] regions) =>
        new(purpose, what, true, move => move.Regions.Any(regions.Contains), RegionScore(needs, regions));

    /// <summary>A move aimed at the regions (its primary region among them) first, then the one that covers more of them, then more sore spots.</summary>
    private static Func<Move, int> RegionScore(BuildNeeds needs, BodyRegion[] regions) => move =>
        (regions.Contains(move.Regions[0]) ? 100 : 0) + 10 * move.Regions.Count(regions.Contains) + needs.SoreIn(move).Count();

    private static Wording NoMove(Want want, Phase phase) => (want.What, phase) switch
    {
        (null, _) => new Wording("The library has no move for broad strokes after a run."),
        (var what, Phase.PreRun) => new Wording("The library has no move for {0} before a run.", what),
        (var what, Phase.PostRun) => new Wording("The library has no move for {0} after a run.", what),
        (var what, _) => new Wording("The library has no move for {0} in a movement break.", what),
    };

    private static Wording ToolMissing(Want want, Phase phase, object tools) => (want.What, phase) switch
    {
        (null, _) => new Wording("For broad strokes after a run you would need {0}.", tools),
        (var what, Phase.PreRun) => new Wording("For {0} before a run you would need {1}.", what, tools),
        (var what, Phase.PostRun) => new Wording("For {0} after a run you would need {1}.", what, tools),
        (var what, _) => new Wording("For {0} in a movement break you would need {1}.", what, tools),
    };

    /// <summary>
    /// More moves while the routine at its usual lengths is shorter than asked and another still fits:
    /// first those aimed at a region not worked yet, then those touching one.
    /// </summary>
    private static void Fill(BuildNeeds needs, IReadOnlyList<Move> moves, List<Pick> picks)
    {
        while (picks.Sum(pick => BuildNeeds.BoutSeconds(pick.Move, needs.AuthoredSeconds(pick.Move))) < needs.BudgetSeconds)
        {
            var worked = picks.SelectMany(pick => pick.Move.Regions).ToHashSet();
            var next = moves
                .Where(move => needs.SuitsPhase(move) && needs.SparesRest(move) && needs.CanDo(move))
                .Where(move => picks.All(pick => pick.Move != move) && Fits(needs, picks, move))
                .OrderByDescending(move => !worked.Contains(move.Regions[0]))
                .ThenByDescending(move => move.Regions.Count(region => !worked.Contains(region)))
                .ThenBy(move => move.Slug, StringComparer.Ordinal)
                .FirstOrDefault();
            if (next is null)
            {
                break;
            }
            picks.Add(new(next, Purpose.Fill));
        }

        if (picks.Count == 0)
        {
            // Nothing fits the minutes: the shortest move that can be done still makes a routine, and the notes say it runs long.
            var shortest = moves
                .Where(move => needs.SuitsPhase(move) && needs.SparesRest(move) && needs.CanDo(move))
                .OrderBy(move => BuildNeeds.BoutSeconds(move, move.MinSeconds))
                .ThenBy(move => move.Slug, StringComparer.Ordinal)
                .FirstOrDefault();
            if (shortest is not null)
            {
                picks.Add(new(shortest, Purpose.Fill));
            }
        }
    }

    /// <summary>Room for one more move at its shortest, with everything already picked at theirs.</summary>
    private static bool Fits(BuildNeeds needs, List<Pick> picks, Move move) =>
        picks.Count < RoutineRules.MaxItems
        && picks.Sum(pick => BuildNeeds.BoutSeconds(pick.Move, pick.Move.MinSeconds)) + BuildNeeds.BoutSeconds(move, move.MinSeconds) <= needs.BudgetSeconds;
}
