namespace MassageRoutines.Engine;

/// <summary>
/// Scales a routine's work seconds in proportion so that they add up to a budget, keeping every
/// move within its own minimum and maximum.
/// </summary>
internal static class TargetFit
{
    public static int[] Fit(IReadOnlyList<RoutineItem> items, int workBudget)
    {
        var count = items.Count;
        var sides = items.Select(TimelineBuilder.SidesPlayed).ToArray();
        var authored = items.Select(item => (double)item.Seconds).ToArray();
        var low = items.Select(item => item.Move.MinSeconds).ToArray();
        var high = items.Select(item => item.Move.MaxSeconds).ToArray();
        var value = new double[count];
        var pinned = new bool[count];

        // Scale the free items; pin those pushed past a limit and scale the rest again. Pin only one
        // direction per round (whichever overshoots more), so an item is never pinned the wrong way.
        while (true)
        {
            var free = Enumerable.Range(0, count).Where(i => !pinned[i]).ToList();
            if (free.Count == 0)
            {
                break;
            }

            var left = workBudget - Enumerable.Range(0, count).Where(i => pinned[i]).Sum(i => sides[i] * value[i]);
            var factor = left / free.Sum(i => sides[i] * authored[i]);
            foreach (var i in free)
            {
                value[i] = authored[i] * factor;
            }

            var raised = free.Where(i => value[i] < low[i]).ToList();
            var lowered = free.Where(i => value[i] > high[i]).ToList();
            var raisedBy = raised.Sum(i => sides[i] * (low[i] - value[i]));
            var loweredBy = lowered.Sum(i => sides[i] * (value[i] - high[i]));
            if (raised.Count == 0 && lowered.Count == 0)
            {
                break;
            }

            foreach (var i in raisedBy >= loweredBy ? raised : lowered)
            {
                value[i] = raisedBy >= loweredBy ? low[i] : high[i];
                pinned[i] = true;
            }
        }

        return RoundWithin(value, sides, low, high, workBudget);
    }

    /// <summary>
    /// Whole seconds, with the rounding shortfall handed out a second at a time, first to the items
    /// that lost the most; a per-side item takes two at once, so a one-sided item may take more than one.
    /// </summary>
    private static int[] RoundWithin(double[] value, int[] sides, int[] low, int[] high, int workBudget)
    {
        var seconds = value.Select((v, i) => Math.Clamp((int)Math.Floor(v), low[i], high[i])).ToArray();
        var shortfall = workBudget - seconds.Select((s, i) => s * sides[i]).Sum();
        var byLoss = Enumerable.Range(0, seconds.Length).OrderByDescending(i => value[i] - seconds[i]).ToArray();
        var handedOut = true;
        while (shortfall > 0 && handedOut)
        {
            handedOut = false;
            foreach (var i in byLoss)
            {
                if (sides[i] <= shortfall && seconds[i] < high[i])
                {
                    seconds[i]++;
                    shortfall -= sides[i];
                    handedOut = true;
                }
            }
        }
        return seconds;
    }
}
