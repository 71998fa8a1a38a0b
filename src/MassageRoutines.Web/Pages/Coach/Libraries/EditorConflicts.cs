using MassageRoutines.Web.Libraries;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Coach.Libraries;

/// <summary>How both editors show an <see cref="EditConflict{T}"/>: the same message, and the form now saving over their revision.</summary>
public static class EditorConflicts
{
    /// <param name="revision">The form's revision, set to theirs so that a second save replaces their version on purpose.</param>
    /// <returns>Their version, to show beside the form.</returns>
    public static T Show<T>(this ModelStateDictionary modelState, EditConflict<T> conflict, IStringLocalizer<Words> words, out int revision)
    {
        revision = conflict.Revision;
        modelState.Remove("Form.Revision");
        modelState.AddModelError(string.Empty, words.Say(conflict.Says));
        return conflict.Theirs;
    }
}
