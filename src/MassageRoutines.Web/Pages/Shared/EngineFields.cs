using System.Text.RegularExpressions;
using MassageRoutines.Engine;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// Where the engine's field names ("defaultSeconds", "steps[2]", "items[0].seconds") show on a form
/// bound as <c>Form</c>: a field at its own name (Form.DefaultSeconds), an entry of a list at the list
/// (Form.Steps), except for the lists the form edits entry by entry (Form.Items[0].Seconds).
/// </summary>
/// <param name="renames">Fields the form names otherwise, by the engine's field or its root ("regions", "credit.source").</param>
/// <param name="listsByEntry">The lists the form shows one entry at a time ("items").</param>
public sealed partial class EngineFields(IReadOnlyDictionary<string, string>? renames = null, params string[] listsByEntry)
{
    /// <summary>For a form that names every field as the engine does.</summary>
    public static readonly EngineFields Plain = new();

    public string Of(string field)
    {
        if (EntryField().Match(field) is { Success: true } entry && listsByEntry.Contains(entry.Groups[1].Value))
        {
            return $"Form.{Pascal(entry.Groups[1].Value)}[{entry.Groups[2].Value}].{Pascal(entry.Groups[3].Value)}";
        }
        var root = field.Split('[', '.')[0];
        return "Form." + (renames?.GetValueOrDefault(field) ?? renames?.GetValueOrDefault(root) ?? Pascal(root));
    }

    /// <summary>Adds each violation at its field, in the page's language; a slug is the app's to choose, so its rules are not the form's.</summary>
    public void Add(IEnumerable<RuleViolation> violations, ModelStateDictionary errors, IStringLocalizer<Words> words)
    {
        foreach (var violation in violations.Where(v => v.Field != "slug"))
        {
            errors.AddModelError(Of(violation.Field), words.Say(violation.Says));
        }
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex EntryField();
}
