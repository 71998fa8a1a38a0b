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

    /// <summary>An owner's id (<see cref="OwnerKey.Id"/>): an account's Identity id, a device's 32 hex digits, or a kiosk's number.</summary>
    public const int OwnerIdLength = 64;

    /// <summary>The longest <see cref="OwnerKind"/> name.</summary>
    public const int OwnerKindLength = 16;

    /// <summary>A log's fingerprint: a SHA-256 in hex.</summary>
    public const int FingerprintLength = 64;

    public const int MaxNotesLength = 2000;
}
