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
        v.Text(routine.Name, "name", "Name", MoveRules.MaxNameLength);
        v.Text(routine.Summary, "summary", "Summary", MoveRules.MaxSummaryLength, required: false);
        foreach (var (language, text) in routine.Translations)
        {
            v.Text(text.Name, $"translations.{language}.name", $"The '{language}' text's name", MoveRules.MaxNameLength);
            v.Text(text.Summary, $"translations.{language}.summary", $"The '{language}' text's summary", MoveRules.MaxSummaryLength, required: false);
        }
        v.Range(routine.PrepareSeconds, 0, MaxPrepareSeconds, "prepareSeconds", "Time to get into position");
        v.Range(routine.SwitchSeconds, 0, MaxSwitchSeconds, "switchSeconds", "Time to switch sides");
        if (routine.Phase == Phase.PreRun)
        {
            v.Range(routine.WarmUpMinutes, TimelineBuilder.MinimumWarmUpMinutes, MaxWarmUpMinutes, "warmUpMinutes",
                "A pre-run routine's warm-up in minutes");
        }
        else
        {
            v.Check(routine.WarmUpMinutes == 0 && routine.WarmUpDrills.Count == 0, "warmUpMinutes",
                "Only pre-run routines have a warm-up.");
        }

        for (var i = 0; i < routine.WarmUpDrills.Count; i++)
        {
            v.Check(routine.WarmUpDrills[i].Technique == Technique.Drill, $"warmUpDrills[{i}]",
                $"{routine.WarmUpDrills[i].Name} is not a warm-up drill.");
        }
        return v;
    }

    public static IReadOnlyList<RuleViolation> CheckItemCount(int count)
    {
        var v = new Violations();
        v.Check(count is >= 1 and <= MaxItems, "items", $"A routine needs 1 to {MaxItems} moves (it has {count}).");
        return v;
    }

    public static IReadOnlyList<RuleViolation> CheckItem(Phase phase, RoutineItem item, int index)
    {
        var v = new Violations();
        var move = item.Move;
        v.Check(item.Seconds >= move.MinSeconds && item.Seconds <= move.MaxSeconds, $"items[{index}].seconds",
            $"{move.Name} runs {move.MinSeconds} to {move.MaxSeconds} seconds (this asks for {item.Seconds}).");
        v.Check(move.PerSide || item.Sides == Sides.Both, $"items[{index}].sides",
            $"{move.Name} works both sides at once, so it cannot be limited to one side.");
        v.Range(item.RestSeconds, 0, MaxRestSeconds, $"items[{index}].restSeconds", "Rest after a move in seconds");
        v.Check(move.Technique != Technique.Drill || phase == Phase.Break, $"items[{index}].move",
            $"{move.Name} is a warm-up drill; list it under the warm-up instead.");
        return v;
    }
}
