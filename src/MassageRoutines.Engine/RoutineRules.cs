namespace MassageRoutines.Engine;

/// <summary>What makes a routine fit to play, given moves that already pass <see cref="MoveRules"/>.</summary>
public static class RoutineRules
{
    public const int MaxItems = 20;
    public const int MaxPrepareSeconds = 60;
    public const int MaxSwitchSeconds = 30;
    public const int MaxRestSeconds = 300;
    public const int MaxWarmUpMinutes = 30;

    public static IReadOnlyList<RuleViolation> Check(Routine routine)
    {
        var violations = new List<RuleViolation>(CheckOutline(routine));
        violations.AddRange(CheckItemCount(routine.Items.Count));
        for (var i = 0; i < routine.Items.Count; i++)
        {
            violations.AddRange(CheckItem(routine.Phase, routine.Items[i], i));
        }
        return violations;
    }

    /// <summary>Everything but the items: names, timings and the warm-up.</summary>
    public static IReadOnlyList<RuleViolation> CheckOutline(Routine routine)
    {
        var v = new Violations();
        v.Slug(routine.Slug);
        v.Text(routine.Name, "name", new Wording("Name"), MoveRules.MaxNameLength);
        v.Text(routine.Summary, "summary", new Wording("Summary"), MoveRules.MaxSummaryLength, required: false);
        foreach (var (language, text) in routine.Translations)
        {
            v.Text(text.Name, $"translations.{language}.name", new Wording("The '{0}' text's name", language), MoveRules.MaxNameLength);
            v.Text(text.Summary, $"translations.{language}.summary", new Wording("The '{0}' text's summary", language), MoveRules.MaxSummaryLength, required: false);
        }
        v.Range(routine.PrepareSeconds, 0, MaxPrepareSeconds, "prepareSeconds", new Wording("Time to get into position"));
        v.Range(routine.SwitchSeconds, 0, MaxSwitchSeconds, "switchSeconds", new Wording("Time to switch sides"));
        if (routine.Phase == Phase.PreRun)
        {
            v.Range(routine.WarmUpMinutes, TimelineBuilder.MinimumWarmUpMinutes, MaxWarmUpMinutes, "warmUpMinutes",
                new Wording("A pre-run routine's warm-up in minutes"));
        }
        else
        {
            v.Check(routine.WarmUpMinutes == 0 && routine.WarmUpDrills.Count == 0, "warmUpMinutes",
                new Wording("Only pre-run routines have a warm-up."));
        }

        for (var i = 0; i < routine.WarmUpDrills.Count; i++)
        {
            v.Check(routine.WarmUpDrills[i].Technique == Technique.Drill, $"warmUpDrills[{i}]",
                new Wording("{0} is not a warm-up drill.", routine.WarmUpDrills[i].Name));
        }
        return v;
    }

    public static IReadOnlyList<RuleViolation> CheckItemCount(int count)
    {
        var v = new Violations();
        v.Check(count is >= 1 and <= MaxItems, "items", new Wording("A routine needs 1 to {0} moves (it has {1}).", MaxItems, count));
        return v;
    }

    public static IReadOnlyList<RuleViolation> CheckItem(Phase phase, RoutineItem item, int index)
    {
        var v = new Violations();
        var move = item.Move;
        v.Check(item.Seconds >= move.MinSeconds && item.Seconds <= move.MaxSeconds, $"items[{index}].seconds",
            new Wording("{0} runs {1} to {2} seconds (this asks for {3}).", move.Name, move.MinSeconds, move.MaxSeconds, item.Seconds));
        v.Check(move.PerSide || item.Sides == Sides.Both, $"items[{index}].sides",
            new Wording("{0} works both sides at once, so it cannot be limited to one side.", move.Name));
        v.Range(item.RestSeconds, 0, MaxRestSeconds, $"items[{index}].restSeconds", new Wording("Rest after a move in seconds"));
        v.Check(move.Technique != Technique.Drill || phase == Phase.Break, $"items[{index}].move",
            new Wording("{0} is a warm-up drill; list it under the warm-up instead.", move.Name));
        return v;
    }
}
