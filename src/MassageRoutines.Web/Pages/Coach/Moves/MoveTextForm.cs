using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Moves;

/// <summary>
/// A move's text in one other language, as the editor's form holds it: lines as for the default text.
/// Left empty, the move has no text in that language, and runners reading it see the default text.
/// </summary>
public sealed class MoveTextForm
{
    public string Language { get; set; } = "";
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Steps { get; set; }
    public string? Cues { get; set; }
    public string? Cautions { get; set; }

    public bool IsEmpty => new[] { Name, Summary, Steps, Cues, Cautions }.All(string.IsNullOrWhiteSpace);

    /// <summary>One per language a move may be translated to, filled from the move's translations.</summary>
    public static List<MoveTextForm> For(IReadOnlyDictionary<string, MoveText> translations) =>
        LibraryLanguages.Translations.Select(language => translations.GetValueOrDefault(language) is { } text
            ? new MoveTextForm
            {
                Language = language,
                Name = text.Name,
                Summary = text.Summary,
                Steps = string.Join('\n', text.Steps),
                Cues = MoveForm.CueLines(text.Cues),
                Cautions = string.Join('\n', text.Cautions),
            }
            : new MoveTextForm { Language = language }).ToList();

    /// <summary>The posted entries, one per language in <see cref="LibraryLanguages.Translations"/>'s order, each with its slot's language.</summary>
    public static List<MoveTextForm> InSlots(IReadOnlyList<MoveTextForm> posted) =>
        LibraryLanguages.Translations.Select((language, i) =>
        {
            var slot = i < posted.Count ? posted[i] : new MoveTextForm();
            slot.Language = language;
            return slot;
        }).ToList();

    /// <param name="field">The form's key for this entry ("Form.Translations[0]").</param>
    public MoveText ToText(ModelStateDictionary errors, string field, IStringLocalizer<Words> words) => new()
    {
        Name = Name?.Trim() ?? "",
        Summary = Summary?.Trim() ?? "",
        Steps = MoveForm.Lines(Steps),
        Cues = MoveForm.ParseCues(Cues, errors, $"{field}.Cues", words),
        Cautions = MoveForm.Lines(Cautions),
    };
}
