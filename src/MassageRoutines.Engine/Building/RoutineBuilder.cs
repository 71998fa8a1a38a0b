namespace MassageRoutines.Engine.Building;

/// <summary>
/// Composes a routine for one runner from a library's published moves, laid out under the rules every
/// routine follows (<see cref="RoutineChecks"/>, <see cref="RoutineRules"/>) and fitted to the minutes
/// asked. The same request and moves, in any order, give the same routine.
/// </summary>
public static class RoutineBuilder
{
    /// <summary>A placeholder: the caller gives a stored built routine its own slug.</summary>
    public const string Slug = "built";

    /// <summary>How far the bout may stray from the minutes asked, in percent of them, before a note says why.</summary>
    public const int TolerancePercent = 10;

    public static IReadOnlyList<RuleViolation> Check(BuildRequest request)
    {
        var v = new Violations();
        v.Range(request.Minutes, BuildRequest.ShortestMinutes, BuildRequest.LongestMinutes, "minutes", new Wording("Minutes"));
        v.Check(!request.RanHard || request.Phase == Phase.PostRun, "ranHard", new Wording("\"Ran hard today\" applies only after a run."));
        return v;
    }

    /// <param name="publishedMoves">The published moves of one library; slugs are unique.</param>
    /// <exception cref="ArgumentException">The request breaks a rule of <see cref="Check"/>.</exception>
    public static BuildResult Build(BuildRequest request, IEnumerable<Move> publishedMoves)
    {
        if (Check(request) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(request));
        }

        var needs = new BuildNeeds(request);
        var moves = publishedMoves.ToList();
        var notes = new List<Warning>();
        var picks = Order(needs.Phase, MoveChoice.Choose(needs, moves, notes));
        notes.AddRange(needs.Rested
            .Where(rest => !picks.Any(pick => pick.Move.Regions.Contains(rest.Key)))
            .Select(rest => new Warning("day-off", BuildWords.DayOff(rest.Key, rest.Value))));
        if (picks.Count == 0)
        {
            notes.Insert(0, new("nothing-to-do", needs.Phase switch
            {
                Phase.PreRun => new Wording("No move in the library can be done before a run with what you have."),
                Phase.PostRun => new Wording("No move in the library can be done after a run with what you have."),
                _ => new Wording("No move in the library can be done in a movement break with what you have."),
            }));
            return new BuildResult(null, [], notes);
        }

        var draft = new Routine
        {
            Slug = Slug,
            Name = NameOf(needs.Phase).ToString(),
            Summary = SummaryOf(needs.Minutes).ToString(),
            Phase = needs.Phase,
            Items = picks.Select(pick => new RoutineItem
            {
                Move = pick.Move,
                Seconds = needs.AuthoredSeconds(pick.Move),
                IntensityCap = needs.IntensityCap(pick.Move),
            }).ToList(),
            WarmUpMinutes = needs.Phase == Phase.PreRun ? TimelineBuilder.MinimumWarmUpMinutes : 0,
            WarmUpDrills = needs.Phase == Phase.PreRun ? WarmUpDrills(needs, moves) : [],
        };
        var seconds = TimelineBuilder.FitSeconds(draft, needs.Minutes);
        var routine = draft with { Items = draft.Items.Select((item, i) => item with { Seconds = seconds[i] }).ToList() };

        notes.AddRange(LengthNotes(needs, TimelineBuilder.Build(routine).BoutSeconds));
        return new BuildResult(routine, picks.Select(pick => BuildWords.Why(needs, pick)).ToList(), notes);
    }

    /// <summary>A built routine's name, as its <see cref="Routine.Name"/> has it in English, for the caller to give in other languages.</summary>
    public static Wording NameOf(Phase phase) => phase switch
    {
        Phase.PreRun => new Wording("Your pre-run routine"),
        Phase.PostRun => new Wording("Your post-run routine"),
        _ => new Wording("Your movement break"),
    };

    /// <summary>A built routine's summary, as its <see cref="Routine.Summary"/> has it in English.</summary>
    public static Wording SummaryOf(int minutes) => new("Built for you: {0} minutes.", minutes);

    /// <summary>
    /// Before a run: low back and hips, IT band and quads, glutes and hip rotators, then anything else.
    /// After a run: broad strokes before the rest. Within that, from the top of the body down.
    /// </summary>
    private static List<Pick> Order(Phase phase, List<Pick> picks) =>
        picks.OrderBy(pick => phase switch
            {
                Phase.PreRun => RoutineChecks.PreRunStage(pick.Move) ?? 4,
                Phase.PostRun => pick.Move.Technique == Technique.Broad ? 0 : 1,
                _ => 0,
            })
            .ThenBy(pick => pick.Move.Regions[0])
            .ThenBy(pick => pick.Move.Slug, StringComparer.Ordinal)
            .ToList();

    /// <summary>The library's pre-run drills that can be done, easiest first.</summary>
    private static List<Move> WarmUpDrills(BuildNeeds needs, List<Move> moves) =>
        moves.Where(move => move.Technique == Technique.Drill && move.Phases.Contains(Phase.PreRun) && needs.CanDo(move))
            .OrderBy(move => move.Intensity)
            .ThenBy(move => move.Slug, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Says why the bout is off the minutes asked by more than the tolerance, or outside the 5 to 10
    /// minutes the timeline recommends when that is what was asked for.
    /// </summary>
    private static IEnumerable<Warning> LengthNotes(BuildNeeds needs, int bout)
    {
        var asked = needs.BudgetSeconds;
        var (shortest, longest) = (asked - asked * TolerancePercent / 100, asked + asked * TolerancePercent / 100);
        if (asked is >= TimelineBuilder.ShortestBoutSeconds and <= TimelineBuilder.LongestBoutSeconds)
        {
            shortest = Math.Max(shortest, TimelineBuilder.ShortestBoutSeconds - TimelineBuilder.SlackSeconds);
            longest = Math.Min(longest, TimelineBuilder.LongestBoutSeconds + TimelineBuilder.SlackSeconds);
        }

        if (bout < shortest)
        {
            yield return new("shorter-than-asked", new Wording(
                "This routine takes {0}, short of the {1} minutes you asked for: it is as long as the moves you can do allow.", Labels.Duration(bout), needs.Minutes));
        }
        else if (bout > longest)
        {
            yield return new("longer-than-asked", new Wording(
                "This routine takes {0}, more than the {1} minutes you asked for: its moves cannot be played any shorter.", Labels.Duration(bout), needs.Minutes));
        }
    }
}
