using MassageRoutines.Engine;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// The rules of publishing, for the editor and for imports alike. Publishing freezes the routine,
/// moves included, as a new version that runners then get; sessions already playing an older version
/// finish on it and are checked against it. Runners follow links to every move of a published
/// routine, so its draft moves are published with it, an archived one stops it, and a move stays
/// published while a published routine uses it.
/// </summary>
public static class Publishing
{
    /// <summary>The slugs of every move the routine plays, warm-up drills included.</summary>
    public static IEnumerable<string> MovesOf(Routine routine) =>
        routine.Items.Select(i => i.Move.Slug).Concat(routine.WarmUpDrills.Select(d => d.Slug)).Distinct();

    /// <param name="statusOf">The status of each of the routine's moves, by slug.</param>
    public static IReadOnlyList<RuleViolation> Check(Routine routine, Func<string, ContentStatus> statusOf)
    {
        var archived = MovesOf(routine).Where(slug => statusOf(slug) == ContentStatus.Archived).ToList();
        return archived.Count == 0
            ? []
            : [new("status", new Wording("These moves are archived: {0}. Take them out of the routine, or set them back to published, first.", string.Join(", ", archived)))];
    }

    /// <summary>Draft moves of the routine, which publishing it publishes too.</summary>
    public static IReadOnlyList<string> DraftsOf(Routine routine, Func<string, ContentStatus> statusOf) =>
        MovesOf(routine).Where(slug => statusOf(slug) == ContentStatus.Draft).ToList();

    /// <summary>
    /// Adds the next version to <paramref name="record"/> (saved with it) and publishes its draft
    /// moves; call after <see cref="Check"/> found nothing.
    /// </summary>
    /// <param name="moves">The library's moves, tracked, by slug.</param>
    /// <returns>The moves published along with the routine.</returns>
    public static IReadOnlyList<MoveRecord> Publish(RoutineRecord record, Routine routine, IReadOnlyDictionary<string, MoveRecord> moves, DateTime now)
    {
        var drafts = DraftsOf(routine, slug => moves[slug].Status).Select(slug => moves[slug]).ToList();
        foreach (var move in drafts)
        {
            move.Status = ContentStatus.Published;
            move.Revision++;
            move.UpdatedAt = now;
        }
        record.Publish(routine, now);
        return drafts;
    }

    /// <summary>A move leaves "published" only when no published routine uses it.</summary>
    /// <param name="usedBy">The names of the published routines that play the move.</param>
    public static IReadOnlyList<RuleViolation> CheckStatusChange(ContentStatus from, ContentStatus to, IReadOnlyList<string> usedBy) =>
        from == ContentStatus.Published && to != ContentStatus.Published && usedBy.Count > 0
            ? [new("status", new Wording("Runners follow this move from {0}: it stays published while those routines use it.", string.Join(", ", usedBy)))]
            : [];

    /// <summary>The published routines that play a move.</summary>
    public static IEnumerable<PublishedRoutine> Using(this IEnumerable<PublishedRoutine> routines, string moveSlug) =>
        routines.Where(r => MovesOf(r.Routine).Contains(moveSlug));
}
