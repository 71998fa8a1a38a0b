using MassageRoutines.Engine;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// The rules a library file's well-formed entries meet: the engine's rules for moves and routines, each
/// slug once in the file, and routines that use only moves the library has. Problems are at the file's
/// JSON paths ("$.routines[2].items[0].seconds").
/// </summary>
public static class LibraryFileRules
{
    /// <param name="path">The move's entry ("$.moves[3]").</param>
    public static IEnumerable<FileProblem> OfMove(Move move, string path) => At(path, MoveRules.Check(move));

    /// <param name="itemCount">The items the entry lists, including those whose move was not found.</param>
    /// <param name="items">The items read, with their index in the entry.</param>
    public static IEnumerable<FileProblem> OfRoutine(Routine routine, int itemCount, IEnumerable<(RoutineItem Item, int Index)> items, string path) =>
        At(path, [
            .. RoutineRules.CheckOutline(routine),
            .. RoutineRules.CheckItemCount(itemCount),
            .. items.SelectMany(x => RoutineRules.CheckItem(routine.Phase, x.Item, x.Index)),
        ]);

    /// <summary>Null the first time a slug is <paramref name="seen"/> in the file; a problem after.</summary>
    /// <param name="what">"move" or "routine".</param>
    public static FileProblem? DuplicateSlug(ISet<string> seen, string slug, string path, string what) =>
        slug.Length > 0 && !seen.Add(slug)
            ? new($"{path}.slug", what == "move"
                ? new Wording("Another move in this file already uses the slug '{0}'.", slug)
                : new Wording("Another routine in this file already uses the slug '{0}'.", slug))
            : null;

    /// <summary>Null when the library (or the file) has a move by the slug.</summary>
    public static FileProblem? UnknownMove(IReadOnlyDictionary<string, Move> moves, string slug, string path) =>
        moves.ContainsKey(slug) ? null : new(path, new Wording("There is no move with the slug '{0}' in this library.", slug));

    private static IEnumerable<FileProblem> At(string path, IEnumerable<RuleViolation> violations) =>
        violations.Select(v => FileProblem.Of($"{path}.{v.Field}", v));
}
