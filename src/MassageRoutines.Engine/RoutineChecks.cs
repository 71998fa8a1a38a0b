namespace MassageRoutines.Engine;

/// <summary>What the engine checks about a routine's moves; it reports and never reorders.</summary>
public static class RoutineChecks
{
    /// <summary>Moves used in a routine of a phase they are not meant for.</summary>
    public static IEnumerable<Warning> PhaseFit(Routine routine) =>
        routine.Items.Select(item => item.Move)
            .Where(move => !move.Phases.Contains(routine.Phase))
            .DistinctBy(move => move.Slug)
            .Select(move => new Warning("move-phase", routine.Phase switch
            {
                Phase.PreRun => new Wording("{0} is not meant for pre-run routines.", move.Name),
                Phase.PostRun => new Wording("{0} is not meant for post-run routines.", move.Name),
                _ => new Wording("{0} is not meant for movement breaks.", move.Name),
            }));

    public static IEnumerable<Warning> Order(Routine routine) => routine.Phase switch
    {
        Phase.PreRun => PreRunOrder(routine.Items),
        Phase.PostRun => PostRunOrder(routine.Items),
        _ => [],
    };

    /// <summary>Before a run: low back and hips, then IT band and quads, then glutes and hip rotators.</summary>
    public static int? PreRunStage(Move move) => move.Regions.FirstOrDefault() switch
    {
        BodyRegion.LowBack or BodyRegion.Hips => 1,
        BodyRegion.ItBand or BodyRegion.Quads => 2,
        BodyRegion.Glutes or BodyRegion.HipRotators => 3,
        _ => null,
    };

    private static IEnumerable<Warning> PreRunOrder(IReadOnlyList<RoutineItem> items)
    {
        Move? latest = null;
        foreach (var move in items.Select(item => item.Move))
        {
            if (PreRunStage(move) is not int stage)
            {
                continue;
            }

            if (latest is not null && stage < PreRunStage(latest))
            {
                yield return new("pre-run-order", new Wording(
                    "{0} comes after {1}. Before a run, work the low back and hips first, then the IT band and quads, then the glutes and hip rotators.",
                    move.Name, latest.Name));
            }
            else
            {
                latest = move;
            }
        }
    }

    /// <summary>After a run: on any region, broad strokes loosen it before point-specific work.</summary>
    private static IEnumerable<Warning> PostRunOrder(IReadOnlyList<RoutineItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var point = items[i].Move;
            if (point.Technique != Technique.Point)
            {
                continue;
            }

            var broadLater = items.Skip(i + 1).Select(item => item.Move)
                .FirstOrDefault(move => move.Technique == Technique.Broad && move.Regions.Intersect(point.Regions).Any());
            if (broadLater is not null)
            {
                var shared = Wording.All([.. broadLater.Regions.Intersect(point.Regions).Select(Labels.InSentence)]);
                yield return new("post-run-order", new Wording(
                    "{0} (point-specific) comes before {1} (broad strokes) on {2}. After a run, loosen a region with broad strokes before working single points.",
                    point.Name, broadLater.Name, shared));
            }
        }
    }
}
