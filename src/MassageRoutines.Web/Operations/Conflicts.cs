using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Two requests that change the same thing at the same moment: a row saved over a newer revision, or
/// a second insert of something that must be unique (an editor added twice, a role given twice). The
/// database keeps one; the other is answered 409 Conflict, never 500. Handlers that can say more (the
/// editors show the other version) catch these themselves; everything else lands here.
/// </summary>
public static class Conflicts
{
    public static bool IsConflict(Exception exception) =>
        exception is DbUpdateConcurrencyException || exception is DbUpdateException { InnerException: var inner } && IsUniqueViolation(inner);

    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555, // UNIQUE, PRIMARY KEY
        DbException other => other.SqlState == "23505", // PostgreSQL's unique_violation
        _ => false,
    };

    public static int StatusFor(Exception exception) =>
        IsConflict(exception) ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError;
}
