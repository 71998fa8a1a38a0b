namespace MassageRoutines.Testing;

/// <summary>
/// A test of something only SQLite does. Mark it <c>[Trait("Database", "Sqlite")]</c> too:
/// scripts/test.sh leaves it out of the PostgreSQL pass, so it never shows as skipped there.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.OnPostgres)
        {
            Skip = "A SQLite test; it runs in the SQLite pass of scripts/test.sh.";
        }
    }
}

/// <summary>
/// A test that needs PostgreSQL. Mark it <c>[Trait("Database", "Postgres")]</c> too: scripts/test.sh
/// leaves it out of the SQLite pass, so it never shows as skipped there.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.OnPostgres)
        {
            Skip = $"A PostgreSQL test; it runs in the PostgreSQL pass of scripts/test.sh (or set {TestDatabase.PostgresVariable}).";
        }
    }
}
