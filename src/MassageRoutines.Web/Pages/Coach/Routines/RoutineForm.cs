using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Routines;

/// <summary>
/// A routine as the editor's form holds it: moves by slug, choices as kebab-case values.
/// <see cref="ToRoutine"/> checks it with the engine's rules and puts each problem by its field.
/// </summary>
public sealed class RoutineForm
{
    /// <summary>"items[2].seconds" shows at Form.Items[2].Seconds, "warmUpDrills[1]" at the drills.</summary>
    public static readonly EngineFields Fields = new(listsByEntry: "items");

    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Phase { get; set; } = Kebab.Of(Engine.Phase.PostRun);
    public int? PrepareSeconds { get; set; } = Routine.DefaultPrepareSeconds;
    public int? SwitchSeconds { get; set; } = Routine.DefaultSwitchSeconds;
    public int? WarmUpMinutes { get; set; }
    public List<string> WarmUpDrills { get; set; } = [];
    public List<ItemForm> Items { get; set; } = [];
    public int Revision { get; set; }

    /// <summary>The routine's name and summary in each other language, in the order of <see cref="LibraryLanguages.Translations"/>.</summary>
    /// <remarks>A slot's language is its place, whatever a post says: one slot per language, never two of one.</remarks>
    public List<RoutineTextForm> Translations { get => translations; set => translations = RoutineTextForm.InSlots(value); }
    private List<RoutineTextForm> translations = RoutineTextForm.For(RoutineText.None);

    /// <summary>The move the "Add move" button adds.</summary>
    public string? AddMove { get; set; }

    /// <summary>The phase chosen, for drawing the form; null while it is not a known one (<see cref="ToRoutine"/> says so).</summary>
    public Phase? ChosenPhase => Kebab.TryParse<Phase>(Phase, out var phase) ? phase : null;

    public static RoutineForm From(RoutineRecord routine) => new()
    {
        Name = routine.Name,
        Summary = routine.Summary,
        Phase = Kebab.Of(routine.Phase),
        PrepareSeconds = routine.PrepareSeconds,
        SwitchSeconds = routine.SwitchSeconds,
        WarmUpMinutes = routine.WarmUpMinutes,
        WarmUpDrills = [.. routine.WarmUpDrills],
        Items = routine.Items.OrderBy(i => i.Order).Select(i => new ItemForm
        {
            Move = i.Move!.Slug,
            Seconds = i.Seconds,
            Sides = Kebab.Of(i.Sides),
            RestSeconds = i.RestSeconds,
        }).ToList(),
        Revision = routine.Revision,
        Translations = RoutineTextForm.For(RoutineJson.ReadTranslations(routine.Translations, RoutineText.None)),
    };

    /// <param name="moves">The library's moves, by slug: the only ones a routine here may use.</param>
    /// <param name="words">The page's language, for the problems.</param>
    public Routine? ToRoutine(string slug, IReadOnlyDictionary<string, Move> moves, ModelStateDictionary errors, IStringLocalizer<Words> words)
    {
        var before = errors.ErrorCount;
        var phase = Kebab.Parse<Phase>(Phase, (Wording problem) => errors.AddModelError("Form.Phase", words.Say(problem)), required: true) ?? default;

        Required(PrepareSeconds, "Form.PrepareSeconds", errors, words);
        Required(SwitchSeconds, "Form.SwitchSeconds", errors, words);
        if (phase == Engine.Phase.PreRun)
        {
            Required(WarmUpMinutes, "Form.WarmUpMinutes", errors, words);
        }

        var items = new List<RoutineItem>();
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (!moves.TryGetValue(item.Move ?? "", out var move))
            {
                errors.AddModelError($"Form.Items[{i}].Move", words["Pick a move from this library."]);
                continue;
            }
            Required(item.Seconds, $"Form.Items[{i}].Seconds", errors, words);
            var sides = Kebab.Parse<Sides>(item.Sides, (Wording problem) => errors.AddModelError($"Form.Items[{i}].Sides", words.Say(problem)), required: true) ?? default;
            items.Add(new RoutineItem { Move = move, Seconds = item.Seconds ?? 0, Sides = sides, RestSeconds = item.RestSeconds ?? 0 });
        }

        var routine = new Routine
        {
            Slug = slug,
            Name = Name?.Trim() ?? "",
            Summary = Summary?.Trim() ?? "",
            Phase = phase,
            PrepareSeconds = PrepareSeconds ?? 0,
            SwitchSeconds = SwitchSeconds ?? 0,
            WarmUpMinutes = phase == Engine.Phase.PreRun ? WarmUpMinutes ?? 0 : 0,
            WarmUpDrills = phase == Engine.Phase.PreRun ? WarmUpDrills.Where(moves.ContainsKey).Select(d => moves[d]).ToList() : [],
            Items = items,
            Translations = Translations
                .Where(t => !(string.IsNullOrWhiteSpace(t.Name) && string.IsNullOrWhiteSpace(t.Summary)) && LibraryLanguages.Translations.Contains(t.Language))
                .ToDictionary(t => t.Language, t => new RoutineText { Name = t.Name?.Trim() ?? "", Summary = t.Summary?.Trim() ?? "" }),
        };
        if (errors.ErrorCount > before)
        {
            return null;
        }
        foreach (var violation in RoutineRules.Check(routine).Where(v => v.Field != "slug"))
        {
            errors.AddModelError(FieldOf(violation.Field), words.Say(violation.Says));
        }
        // A value the form could not read at all (a binding error) stops it too: nothing is saved in its place.
        return errors.ErrorCount == 0 ? routine : null;
    }

    /// <summary>Where a rule's field shows on the form; a translation's ("translations.es.name") at its language's entry.</summary>
    private string FieldOf(string field) =>
        field.Split('.') is ["translations", var language, var name] && Translations.FindIndex(t => t.Language == language) is var i and >= 0
            ? $"Form.Translations[{i}].{char.ToUpperInvariant(name[0])}{name[1..]}"
            : Fields.Of(field);

    private static void Required(int? value, string key, ModelStateDictionary errors, IStringLocalizer<Words> words)
    {
        if (value is null)
        {
            errors.AddModelError(key, words["Enter a whole number."]);
        }
    }
}

public sealed class ItemForm
{
    public string? Move { get; set; }

    /// <summary>For each side of a one-sided move, or for the whole move.</summary>
    public int? Seconds { get; set; }

    public string? Sides { get; set; } = Kebab.Of(Engine.Sides.Both);
    public int? RestSeconds { get; set; } = 0;
}

/// <summary>A routine's name and summary in one other language; left empty, runners reading it see the default text.</summary>
public sealed class RoutineTextForm
{
    public string Language { get; set; } = "";
    public string? Name { get; set; }
    public string? Summary { get; set; }

    public static List<RoutineTextForm> For(IReadOnlyDictionary<string, RoutineText> translations) =>
        LibraryLanguages.Translations.Select(language => new RoutineTextForm
        {
            Language = language,
            Name = translations.GetValueOrDefault(language)?.Name,
            Summary = translations.GetValueOrDefault(language)?.Summary,
        }).ToList();

    /// <summary>The posted entries, one per language in <see cref="LibraryLanguages.Translations"/>'s order, each with its slot's language.</summary>
    public static List<RoutineTextForm> InSlots(IReadOnlyList<RoutineTextForm> posted) =>
        LibraryLanguages.Translations.Select((language, i) =>
        {
            var slot = i < posted.Count ? posted[i] : new RoutineTextForm();
            slot.Language = language;
            return slot;
        }).ToList();
}
