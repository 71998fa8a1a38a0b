using System.Globalization;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Moves;

/// <summary>
/// A move as the editor's form holds it: lists as one line per step, cue or caution; choices as the
/// kebab-case values of the API. <see cref="ToMove"/> checks it with the engine's rules and puts each
/// problem next to its field.
/// </summary>
public sealed class MoveForm
{
    /// <summary>Where a rule's field ("steps[2]", "cues[0].atSecond", "credit.expert") shows on the form.</summary>
    public static readonly EngineFields Fields = new(new Dictionary<string, string>
    {
        ["regions"] = nameof(MainRegion),
        ["credit"] = nameof(CreditExpert),
        ["credit.expert"] = nameof(CreditExpert),
        ["credit.source"] = nameof(CreditSource),
    });

    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }

    /// <summary>The region that sets the move's place in a pre-run routine.</summary>
    public string? MainRegion { get; set; }

    /// <summary>Other regions the move works.</summary>
    public List<string> Regions { get; set; } = [];
    public List<string> Tools { get; set; } = [];
    public string? Position { get; set; } = Kebab.Of(Engine.Position.Seated);
    public List<string> Phases { get; set; } = [];
    public string? Technique { get; set; } = Kebab.Of(Engine.Technique.Broad);
    public string? Intensity { get; set; } = Kebab.Of(Engine.Intensity.Moderate);
    public bool PerSide { get; set; }
    public int? DefaultSeconds { get; set; } = 60;
    public int? MinSeconds { get; set; } = 30;
    public int? MaxSeconds { get; set; } = 120;

    /// <summary>One step per line.</summary>
    public string? Steps { get; set; }

    /// <summary>One cue per line: the second it comes at, then its text ("15 Roll slowly.").</summary>
    public string? Cues { get; set; }

    /// <summary>One caution per line.</summary>
    public string? Cautions { get; set; }

    public string? CreditExpert { get; set; }
    public string? CreditSource { get; set; }
    public string? Status { get; set; } = Kebab.Of(ContentStatus.Draft);

    /// <summary>The move's text in each other language, in the order of <see cref="LibraryLanguages.Translations"/>.</summary>
    /// <remarks>A slot's language is its place, whatever a post says: one slot per language, never two of one.</remarks>
    public List<MoveTextForm> Translations { get => translations; set => translations = MoveTextForm.InSlots(value); }
    private List<MoveTextForm> translations = MoveTextForm.For(MoveText.None);

    /// <summary>The revision the coach started from; saving over a newer one is a conflict.</summary>
    public int Revision { get; set; }

    public static MoveForm From(MoveRecord move) => new()
    {
        Slug = move.Slug,
        Name = move.Name,
        Summary = move.Summary,
        MainRegion = move.Regions.Select(Kebab.Of).FirstOrDefault(),
        Regions = move.Regions.Skip(1).Select(Kebab.Of).ToList(),
        Tools = move.Tools.Select(Kebab.Of).ToList(),
        Position = Kebab.Of(move.Position),
        Phases = move.Phases.Select(Kebab.Of).ToList(),
        Technique = Kebab.Of(move.Technique),
        Intensity = Kebab.Of(move.Intensity),
        PerSide = move.PerSide,
        DefaultSeconds = move.DefaultSeconds,
        MinSeconds = move.MinSeconds,
        MaxSeconds = move.MaxSeconds,
        Steps = string.Join('\n', move.Steps),
        Cues = CueLines(move.Cues),
        Cautions = string.Join('\n', move.Cautions),
        CreditExpert = move.CreditExpert,
        CreditSource = move.CreditSource,
        Status = Kebab.Of(move.Status),
        Revision = move.Revision,
        Translations = MoveTextForm.For(move.ToMove().Translations),
    };

    /// <summary>The engine's move and its status, or null with the problems in <paramref name="errors"/> under "Form.*" keys, in the page's language.</summary>
    public (Move Move, ContentStatus Status)? ToMove(ModelStateDictionary errors, IStringLocalizer<Words> words)
    {
        Action<Wording> At(string field) => problem => errors.AddModelError($"Form.{field}", words.Say(problem));
        if (string.IsNullOrEmpty(MainRegion))
        {
            errors.AddModelError("Form.MainRegion", words["Pick the main body region."]);
        }
        var mainRegion = Kebab.Parse<BodyRegion>(MainRegion, At(nameof(MainRegion)));
        var move = new Move
        {
            Slug = Slug?.Trim() ?? "",
            Name = Name?.Trim() ?? "",
            Summary = Summary?.Trim() ?? "",
            Regions = mainRegion is { } main ? [main, .. Kebab.ParseAll<BodyRegion>(Regions, At(nameof(Regions))).Where(r => r != main)] : [],
            Tools = Kebab.ParseAll<Tool>(Tools, At(nameof(Tools))),
            Position = Kebab.Parse<Engine.Position>(Position, At(nameof(Position)), required: true) ?? default,
            Phases = Kebab.ParseAll<Phase>(Phases, At(nameof(Phases))),
            Technique = Kebab.Parse<Engine.Technique>(Technique, At(nameof(Technique)), required: true) ?? default,
            Intensity = Kebab.Parse<Engine.Intensity>(Intensity, At(nameof(Intensity)), required: true) ?? default,
            PerSide = PerSide,
            DefaultSeconds = DefaultSeconds ?? 0,
            MinSeconds = MinSeconds ?? 0,
            MaxSeconds = MaxSeconds ?? 0,
            Steps = Lines(Steps),
            Cues = ParseCues(Cues, errors, "Form.Cues", words),
            Cautions = Lines(Cautions),
            Credit = string.IsNullOrWhiteSpace(CreditExpert) && string.IsNullOrWhiteSpace(CreditSource)
                ? null
                : new(CreditExpert?.Trim() ?? "", CreditSource?.Trim() ?? ""),
            Translations = Translations.Select((text, i) => (text, i))
                .Where(x => !x.text.IsEmpty && LibraryLanguages.Translations.Contains(x.text.Language))
                .ToDictionary(x => x.text.Language, x => x.text.ToText(errors, $"Form.Translations[{x.i}]", words)),
        };
        var status = Kebab.Parse<ContentStatus>(Status, At(nameof(Status)), required: true);

        // A rule about a field that could not be read would only repeat its problem.
        foreach (var violation in MoveRules.Check(move).Where(v => v.Field != "slug" && !(errors.TryGetValue(FieldOf(v.Field), out var entry) && entry.Errors.Count > 0)))
        {
            errors.AddModelError(FieldOf(violation.Field), words.Say(violation.Says));
        }
        // A value the form could not read at all (a binding error) stops it too: nothing is saved in its place.
        return errors.ErrorCount == 0 ? (move, status!.Value) : null;
    }

    /// <summary>Where a rule's field shows on the form; a translation's ("translations.es.steps[1]") at its language's entry.</summary>
    private string FieldOf(string field)
    {
        var parts = field.Split('.', 3);
        if (parts is ["translations", var language, var rest] && Translations.FindIndex(t => t.Language == language) is var i and >= 0)
        {
            var root = rest.Split('[', '.')[0];
            return $"Form.Translations[{i}].{char.ToUpperInvariant(root[0])}{root[1..]}";
        }
        return Fields.Of(field);
    }

    public static string CueLines(IEnumerable<Cue> cues) => string.Join('\n', cues.Select(c => $"{c.AtSecond} {c.Text}"));

    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    /// <param name="field">The form's key the problems go under.</param>
    public static List<Cue> ParseCues(string? text, ModelStateDictionary errors, string field, IStringLocalizer<Words> words)
    {
        var cues = new List<Cue>();
        foreach (var (line, i) in Lines(text).Select((line, i) => (line, i)))
        {
            var space = line.IndexOf(' ');
            if (space > 0 && int.TryParse(line[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var at))
            {
                cues.Add(new(at, line[(space + 1)..].Trim()));
            }
            else
            {
                errors.AddModelError(field, words["Cue line {0} needs the second first, then the words, like \"15 Roll slowly.\"", i + 1]);
            }
        }
        return cues;
    }
}
