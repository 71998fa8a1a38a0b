namespace MassageRoutines.Engine;

/// <summary>What makes a move fit to play; seeds, imports and the editor all check these.</summary>
public static class MoveRules
{
    public const int ShortestSeconds = 5;
    public const int LongestSeconds = 1200;
    public const int MaxNameLength = 80;
    public const int MaxSummaryLength = 300;
    public const int MaxSteps = 12;
    public const int MaxStepLength = 300;
    public const int MaxCues = 20;
    public const int MaxCueLength = 200;
    public const int MaxCautions = 10;
    public const int MaxCautionLength = 300;

    public static IReadOnlyList<RuleViolation> Check(Move move)
    {
        var v = new Violations();
        v.Slug(move.Slug);
        v.Text(move.Name, "name", "Name", MaxNameLength);
        v.Text(move.Summary, "summary", "Summary", MaxSummaryLength, required: false);
        v.Check(move.Regions.Count > 0, "regions", "Pick at least one body region.");
        v.Check(move.Regions.Distinct().Count() == move.Regions.Count, "regions", "A region is listed twice.");
        v.Check(move.Tools.Distinct().Count() == move.Tools.Count, "tools", "A tool is listed twice.");
        v.Check(move.Phases.Count > 0, "phases", "Pick at least one phase the move suits.");
        v.Check(move.Phases.Distinct().Count() == move.Phases.Count, "phases", "A phase is listed twice.");

        v.Range(move.MinSeconds, ShortestSeconds, LongestSeconds, "minSeconds", "Shortest length in seconds");
        v.Range(move.MaxSeconds, ShortestSeconds, LongestSeconds, "maxSeconds", "Longest length in seconds");
        v.Range(move.DefaultSeconds, ShortestSeconds, LongestSeconds, "defaultSeconds", "Usual length in seconds");
        v.Check(move.MinSeconds <= move.DefaultSeconds, "defaultSeconds", $"Usual length ({move.DefaultSeconds} s) must not be below the shortest ({move.MinSeconds} s).");
        v.Check(move.DefaultSeconds <= move.MaxSeconds, "defaultSeconds", $"Usual length ({move.DefaultSeconds} s) must not be above the longest ({move.MaxSeconds} s).");

        v.Check(move.Steps.Count is >= 1 and <= MaxSteps, "steps", $"A move needs 1 to {MaxSteps} steps (it has {move.Steps.Count}).");
        for (var i = 0; i < move.Steps.Count; i++)
        {
            v.Text(move.Steps[i], $"steps[{i}]", $"Step {i + 1}", MaxStepLength);
        }

        v.Check(move.Cues.Count <= MaxCues, "cues", $"A move takes at most {MaxCues} cues (it has {move.Cues.Count}).");
        for (var i = 0; i < move.Cues.Count; i++)
        {
            var cue = move.Cues[i];
            v.Check(cue.AtSecond >= 0 && cue.AtSecond < move.DefaultSeconds, $"cues[{i}].atSecond",
                $"Cue {i + 1} is at {cue.AtSecond} s, outside the move's {move.DefaultSeconds} seconds.");
            v.Text(cue.Text, $"cues[{i}].text", $"Cue {i + 1}", MaxCueLength);
        }

        v.Check(move.Cautions.Count <= MaxCautions, "cautions", $"A move takes at most {MaxCautions} cautions.");
        for (var i = 0; i < move.Cautions.Count; i++)
        {
            v.Text(move.Cautions[i], $"cautions[{i}]", $"Caution {i + 1}", MaxCautionLength);
        }

        if (move.Credit is { } credit)
        {
            v.Text(credit.Expert, "credit.expert", "The credited expert", 200);
            v.Text(credit.Source, "credit.source", "The credited source", 200);
        }

        foreach (var (language, text) in move.Translations)
        {
            CheckTranslation(v, move, language, text);
        }
        return v;
    }

    /// <summary>A translation holds the same text as the default one: as many steps and cautions, and cues at the same seconds.</summary>
    private static void CheckTranslation(Violations v, Move move, string language, MoveText text)
    {
        var at = $"translations.{language}";
        var what = $"The '{language}' text's";
        v.Text(text.Name, $"{at}.name", $"{what} name", MaxNameLength);
        v.Text(text.Summary, $"{at}.summary", $"{what} summary", MaxSummaryLength, required: false);
        v.Check(text.Steps.Count == move.Steps.Count, $"{at}.steps",
            $"{what} steps must match the default text's one for one: it has {text.Steps.Count}, the default text has {move.Steps.Count}.");
        for (var i = 0; i < text.Steps.Count; i++)
        {
            v.Text(text.Steps[i], $"{at}.steps[{i}]", $"{what} step {i + 1}", MaxStepLength);
        }
        v.Check(text.Cues.Select(c => c.AtSecond).SequenceEqual(move.Cues.Select(c => c.AtSecond)), $"{at}.cues",
            $"{what} cues must be at the default text's seconds ({Seconds(move.Cues)}); they are at {Seconds(text.Cues)}.");
        for (var i = 0; i < text.Cues.Count; i++)
        {
            v.Text(text.Cues[i].Text, $"{at}.cues[{i}].text", $"{what} cue {i + 1}", MaxCueLength);
        }
        v.Check(text.Cautions.Count == move.Cautions.Count, $"{at}.cautions",
            $"{what} cautions must match the default text's one for one: it has {text.Cautions.Count}, the default text has {move.Cautions.Count}.");
        for (var i = 0; i < text.Cautions.Count; i++)
        {
            v.Text(text.Cautions[i], $"{at}.cautions[{i}]", $"{what} caution {i + 1}", MaxCautionLength);
        }
    }

    private static string Seconds(IReadOnlyList<Cue> cues) =>
        cues.Count == 0 ? "none" : string.Join(", ", cues.Select(c => c.AtSecond.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
