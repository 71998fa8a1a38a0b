using MassageRoutines.Engine;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// Someone else saved a move or routine after this coach opened it. Both editors answer the same way:
/// the coach's input stays in the form, the other version is shown beside it, and a second save from
/// <see cref="Revision"/> replaces it on purpose.
/// </summary>
/// <param name="Theirs">The version saved in the meantime, as the engine sees it.</param>
/// <param name="Revision">Its revision: the one a second save replaces.</param>
/// <param name="Noun">"move" or "routine", for the message.</param>
public sealed record EditConflict<T>(T Theirs, int Revision, DateTime SavedAt, string Noun)
{
    public string Message =>
        $"Someone else saved this {Noun} at {SavedAt:HH:mm} UTC, after you opened it. Their version is shown below; " +
        "your changes are still in the form. Save again to replace their version with yours.";
}

/// <summary>
/// What a save came to: the record saved, or a conflict to show, or a refusal (a rule the change breaks,
/// with the engine's field, "" for the whole form).
/// </summary>
public sealed record EditResult<TRecord, TTheirs>(TRecord? Saved, EditConflict<TTheirs>? Conflict = null, RuleViolation? Refused = null)
    where TRecord : class
    where TTheirs : class;
