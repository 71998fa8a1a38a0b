using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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
    };

    /// <param name="moves">The library's moves, by slug: the only ones a routine here may use.</param>
    public Routine? ToRoutine(string slug, IReadOnlyDictionary<string, Move> moves, ModelStateDictionary errors)
    {
        var before = errors.ErrorCount;
        var phase = Kebab.Parse<Phase>(Phase, message => errors.AddModelError("Form.Phase", message), required: true) ?? default;

        Required(PrepareSeconds, "Form.PrepareSeconds", errors);
        Required(SwitchSeconds, "Form.SwitchSeconds", errors);
        if (phase == Engine.Phase.PreRun)
        {
            Required(WarmUpMinutes, "Form.WarmUpMinutes", errors);
        }

        var items = new List<RoutineItem>();
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (!moves.TryGetValue(item.Move ?? "", out var move))
            {
                errors.AddModelError($"Form.Items[{i}].Move", "Pick a move from this library.");
                continue;
            }
            Required(item.Seconds, $"Form.Items[{i}].Seconds", errors);
            var sides = Kebab.Parse<Sides>(item.Sides, message => errors.AddModelError($"Form.Items[{i}].Sides", message), required: true) ?? default;
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
        };
        if (errors.ErrorCount > before)
        {
            return null;
        }
        Fields.Add(RoutineRules.Check(routine), errors);
        // A value the form could not read at all (a binding error) stops it too: nothing is saved in its place.
        return errors.ErrorCount == 0 ? routine : null;
    }

    private static void Required(int? value, string key, ModelStateDictionary errors)
    {
        if (value is null)
        {
            errors.AddModelError(key, "Enter a whole number.");
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
