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
        v.Text(move.Name, "name", new Wording("Name"), MaxNameLength);
        v.Text(move.Summary, "summary", new Wording("Summary"), MaxSummaryLength, required: false);
        v.Check(move.Regions.Count > 0, "regions", new Wording("Pick at least one body region."));
        v.Check(move.Regions.Distinct().Count() == move.Regions.Count, "regions", new Wording("A region is listed twice."));
        v.Check(move.Tools.Distinct().Count() == move.Tools.Count, "tools", new Wording("A tool is listed twice."));
        v.Check(move.Phases.Count > 0, "phases", new Wording("Pick at least one phase the move suits."));
        v.Check(move.Phases.Distinct().Count() == move.Phases.Count, "phases", new Wording("A phase is listed twice."));

        v.Range(move.MinSeconds, ShortestSeconds, LongestSeconds, "minSeconds", new Wording("Shortest length in seconds"));
        v.Range(move.MaxSeconds, ShortestSeconds, LongestSeconds, "maxSeconds", new Wording("Longest length in seconds"));
        v.Range(move.DefaultSeconds, ShortestSeconds, LongestSeconds, "defaultSeconds", new Wording("Usual length in seconds"));
        v.Check(move.MinSeconds <= move.DefaultSeconds, "defaultSeconds", new Wording("Usual length ({0} s) must not be below the shortest ({1} s).", move.DefaultSeconds, move.MinSeconds));
        v.Check(move.DefaultSeconds <= move.MaxSeconds, "defaultSeconds", new Wording("Usual length ({0} s) must not be above the longest ({1} s).", move.DefaultSeconds, move.MaxSeconds));

        v.Check(move.Steps.Count is >= 1 and <= MaxSteps, "steps", new Wording("A move needs 1 to {0} steps (it has {1}).", MaxSteps, move.Steps.Count));
        for (var i = 0; i < move.Steps.Count; i++)
        {
            v.Text(move.Steps[i], $"steps[{i}]", new Wording("Step {0}", i + 1), MaxStepLength);
        }

        v.Check(move.Cues.Count <= MaxCues, "cues", new Wording("A move takes at most {0} cues (it has {1}).", MaxCues, move.Cues.Count));
        for (var i = 0; i < move.Cues.Count; i++)
        {
            var cue = move.Cues[i];
            v.Check(cue.AtSecond >= 0 && cue.AtSecond < move.DefaultSeconds, $"cues[{i}].atSecond",
                new Wording("Cue {0} is at {1} s, outside the move's {2} seconds.", i + 1, cue.AtSecond, move.DefaultSeconds));
            v.Text(cue.Text, $"cues[{i}].text", new Wording("Cue {0}", i + 1), MaxCueLength);
        }

        v.Check(move.Cautions.Count <= MaxCautions, "cautions", new Wording("A move takes at most {0} cautions.", MaxCautions));
        for (var i = 0; i < move.Cautions.Count; i++)
        {
            v.Text(move.Cautions[i], $"cautions[{i}]", new Wording("Caution {0}", i + 1), MaxCautionLength);
        }

        if (move.Credit is { } credit)
        {
            v.Text(credit.Expert, "credit.expert", new Wording("The credited expert"), 200);
            v.Text(credit.Source, "credit.source", new Wording("The credited source"), 200);
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
        v.Text(text.Name, $"{at}.name", new Wording("The '{0}' text's name", language), MaxNameLength);
        v.Text(text.Summary, $"{at}.summary", new Wording("The '{0}' text's summary", language), MaxSummaryLength, required: false);
        v.Check(text.Steps.Count == move.Steps.Count, $"{at}.steps",
            new Wording("The '{0}' text's steps must match the default text's one for one: it has {1}, the default text has {2}.", language, text.Steps.Count, move.Steps.Count));
        for (var i = 0; i < text.Steps.Count; i++)
        {
            v.Text(text.Steps[i], $"{at}.steps[{i}]", new Wording("The '{0}' text's step {1}", language, i + 1), MaxStepLength);
        }
        v.Check(text.Cues.Select(c => c.AtSecond).SequenceEqual(move.Cues.Select(c => c.AtSecond)), $"{at}.cues",
            new Wording("The '{0}' text's cues must be at the default text's seconds ({1}); they are at {2}.", language, Seconds(move.Cues), Seconds(text.Cues)));
        for (var i = 0; i < text.Cues.Count; i++)
        {
            v.Text(text.Cues[i].Text, $"{at}.cues[{i}].text", new Wording("The '{0}' text's cue {1}", language, i + 1), MaxCueLength);
        }
        v.Check(text.Cautions.Count == move.Cautions.Count, $"{at}.cautions",
            new Wording("The '{0}' text's cautions must match the default text's one for one: it has {1}, the default text has {2}.", language, text.Cautions.Count, move.Cautions.Count));
        for (var i = 0; i < text.Cautions.Count; i++)
        {
            v.Text(text.Cautions[i], $"{at}.cautions[{i}]", new Wording("The '{0}' text's caution {1}", language, i + 1), MaxCautionLength);
        }
    }

    private static object Seconds(IReadOnlyList<Cue> cues) =>
        cues.Count == 0 ? new Wording("no cues") : string.Join(", ", cues.Select(c => c.AtSecond.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
