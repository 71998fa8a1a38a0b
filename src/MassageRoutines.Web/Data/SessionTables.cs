namespace MassageRoutines.Web.Data;

/// <summary>
/// Names and sizes of the tables that session logs fill, which the store's configurations and the
/// features that write them (their SQL and their checks) share.
/// </summary>
public static class SessionTables
{
    public const string DayTotals = "DayTotals";
    public const string WeekRegionTotals = "WeekRegionTotals";
    public const string DayRuns = "DayRuns";

    /// <summary>A runner id: "user-" and an account id, or "anon-" and 32 hex digits.</summary>
    public const int RunnerIdLength = 64;

    /// <summary>A log's fingerprint: a SHA-256 in hex.</summary>
    public const int FingerprintLength = 64;

    public const int MaxNotesLength = 2000;
}
