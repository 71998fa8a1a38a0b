using Microsoft.EntityFrameworkCore.Migrations;

namespace MassageRoutines.Web.Data.Migrations;

/// <summary>
/// The SplitSessionOwner migration, the same for both databases: the runner id "user-…" / "anon-…"
/// becomes an owner kind and an id without its prefix (both prefixes are five characters; substr and
/// CASE read the same on SQLite and PostgreSQL). The day totals and runs are emptied, and the setting
/// that says which zone they were counted in is deleted, so the app counts them again from the logs
/// at its next start (Sessions/DayTotals.RecountIfNeededAsync).
/// </summary>
public static class SessionOwnerSplit
{
    private const int IdLength = 64;
    private const int KindLength = 16;

    private const string Kind = """CASE WHEN substr("RunnerId", 1, 5) = 'user-' THEN 'Account' ELSE 'Device' END""";

    public static void Up(MigrationBuilder migration)
    {
        migration.Sql("""DELETE FROM "DayRuns";""");
        migration.Sql("""DELETE FROM "WeekRegionTotals";""");
        migration.Sql("""DELETE FROM "DayTotals";""");
        migration.Sql("""DELETE FROM "StoreSettings" WHERE "Key" = 'DayTotals.TimeZone';""");

        migration.AddColumn<string>(name: "AccountId", table: "SessionLogs", maxLength: IdLength, nullable: true);
        migration.AddColumn<string>(name: "DeviceId", table: "SessionLogs", maxLength: IdLength, nullable: true);
        migration.Sql("""UPDATE "SessionLogs" SET "AccountId" = substr("RunnerId", 6) WHERE substr("RunnerId", 1, 5) = 'user-';""");
        migration.Sql("""UPDATE "SessionLogs" SET "DeviceId" = substr("RunnerId", 6) WHERE substr("RunnerId", 1, 5) = 'anon-';""");
        migration.DropIndex(name: "IX_SessionLogs_RunnerId_StartedAt_Id", table: "SessionLogs");
        migration.DropIndex(name: "IX_SessionLogs_RunnerId_EndedAt", table: "SessionLogs");
        migration.DropColumn(name: "RunnerId", table: "SessionLogs");
        migration.CreateIndex(name: "IX_SessionLogs_AccountId_StartedAt_Id", table: "SessionLogs", columns: ["AccountId", "StartedAt", "Id"]);
        migration.CreateIndex(name: "IX_SessionLogs_AccountId_EndedAt", table: "SessionLogs", columns: ["AccountId", "EndedAt"]);
        migration.CreateIndex(name: "IX_SessionLogs_DeviceId_StartedAt_Id", table: "SessionLogs", columns: ["DeviceId", "StartedAt", "Id"]);
        migration.CreateIndex(name: "IX_SessionLogs_DeviceId_EndedAt", table: "SessionLogs", columns: ["DeviceId", "EndedAt"]);

        migration.AddColumn<string>(name: "OwnerKind", table: "ReminderSettings", maxLength: KindLength, nullable: false, defaultValue: "");
        migration.Sql($"""UPDATE "ReminderSettings" SET "OwnerKind" = {Kind}, "RunnerId" = substr("RunnerId", 6);""");
        migration.DropPrimaryKey(name: "PK_ReminderSettings", table: "ReminderSettings");
        migration.RenameColumn(name: "RunnerId", table: "ReminderSettings", newName: "OwnerId");
        migration.AddPrimaryKey(name: "PK_ReminderSettings", table: "ReminderSettings", columns: ["OwnerKind", "OwnerId"]);

        migration.AddColumn<string>(name: "OwnerKind", table: "PushSubscriptions", maxLength: KindLength, nullable: false, defaultValue: "");
        migration.Sql($"""UPDATE "PushSubscriptions" SET "OwnerKind" = {Kind}, "RunnerId" = substr("RunnerId", 6);""");
        migration.DropIndex(name: "IX_PushSubscriptions_RunnerId", table: "PushSubscriptions");
        migration.RenameColumn(name: "RunnerId", table: "PushSubscriptions", newName: "OwnerId");
        migration.CreateIndex(name: "IX_PushSubscriptions_OwnerKind_OwnerId", table: "PushSubscriptions", columns: ["OwnerKind", "OwnerId"]);

        // Empty now: only their key changes.
        migration.DropPrimaryKey(name: "PK_DayTotals", table: "DayTotals");
        migration.DropPrimaryKey(name: "PK_WeekRegionTotals", table: "WeekRegionTotals");
        migration.DropPrimaryKey(name: "PK_DayRuns", table: "DayRuns");
        migration.DropIndex(name: "IX_DayRuns_Who_LastDay", table: "DayRuns");
        foreach (var table in new[] { "DayTotals", "WeekRegionTotals", "DayRuns" })
        {
            migration.RenameColumn(name: "Who", table: table, newName: "OwnerId");
            migration.AddColumn<string>(name: "OwnerKind", table: table, maxLength: KindLength, nullable: false, defaultValue: "");
        }
        migration.AddPrimaryKey(name: "PK_DayTotals", table: "DayTotals", columns: ["OwnerKind", "OwnerId", "Day"]);
        migration.AddPrimaryKey(name: "PK_WeekRegionTotals", table: "WeekRegionTotals", columns: ["OwnerKind", "OwnerId", "Week", "Region"]);
        migration.AddPrimaryKey(name: "PK_DayRuns", table: "DayRuns", columns: ["OwnerKind", "OwnerId", "FirstDay"]);
        migration.CreateIndex(name: "IX_DayRuns_OwnerKind_OwnerId_LastDay", table: "DayRuns", columns: ["OwnerKind", "OwnerId", "LastDay"], unique: true);
    }

    /// <summary>Back to one prefixed runner id; the totals are emptied again, to be counted at start.</summary>
    public static void Down(MigrationBuilder migration)
    {
        migration.Sql("""DELETE FROM "DayRuns";""");
        migration.Sql("""DELETE FROM "WeekRegionTotals";""");
        migration.Sql("""DELETE FROM "DayTotals";""");
        migration.Sql("""DELETE FROM "StoreSettings" WHERE "Key" = 'DayTotals.TimeZone';""");

        migration.AddColumn<string>(name: "RunnerId", table: "SessionLogs", maxLength: IdLength, nullable: true);
        migration.Sql("""UPDATE "SessionLogs" SET "RunnerId" = 'user-' || "AccountId" WHERE "AccountId" IS NOT NULL;""");
        migration.Sql("""UPDATE "SessionLogs" SET "RunnerId" = 'anon-' || "DeviceId" WHERE "DeviceId" IS NOT NULL;""");
        foreach (var index in new[] { "AccountId_StartedAt_Id", "AccountId_EndedAt", "DeviceId_StartedAt_Id", "DeviceId_EndedAt" })
        {
            migration.DropIndex(name: $"IX_SessionLogs_{index}", table: "SessionLogs");
        }
        migration.DropColumn(name: "AccountId", table: "SessionLogs");
        migration.DropColumn(name: "DeviceId", table: "SessionLogs");
        migration.CreateIndex(name: "IX_SessionLogs_RunnerId_StartedAt_Id", table: "SessionLogs", columns: ["RunnerId", "StartedAt", "Id"]);
        migration.CreateIndex(name: "IX_SessionLogs_RunnerId_EndedAt", table: "SessionLogs", columns: ["RunnerId", "EndedAt"]);

        const string prefixed = """CASE WHEN "OwnerKind" = 'Account' THEN 'user-' ELSE 'anon-' END || "OwnerId" """;
        migration.DropPrimaryKey(name: "PK_ReminderSettings", table: "ReminderSettings");
        migration.Sql($"""UPDATE "ReminderSettings" SET "OwnerId" = {prefixed};""");
        migration.DropColumn(name: "OwnerKind", table: "ReminderSettings");
        migration.RenameColumn(name: "OwnerId", table: "ReminderSettings", newName: "RunnerId");
        migration.AddPrimaryKey(name: "PK_ReminderSettings", table: "ReminderSettings", column: "RunnerId");

        migration.DropIndex(name: "IX_PushSubscriptions_OwnerKind_OwnerId", table: "PushSubscriptions");
        migration.Sql($"""UPDATE "PushSubscriptions" SET "OwnerId" = {prefixed};""");
        migration.DropColumn(name: "OwnerKind", table: "PushSubscriptions");
        migration.RenameColumn(name: "OwnerId", table: "PushSubscriptions", newName: "RunnerId");
        migration.CreateIndex(name: "IX_PushSubscriptions_RunnerId", table: "PushSubscriptions", column: "RunnerId");

        migration.DropPrimaryKey(name: "PK_DayTotals", table: "DayTotals");
        migration.DropPrimaryKey(name: "PK_WeekRegionTotals", table: "WeekRegionTotals");
        migration.DropPrimaryKey(name: "PK_DayRuns", table: "DayRuns");
        migration.DropIndex(name: "IX_DayRuns_OwnerKind_OwnerId_LastDay", table: "DayRuns");
        foreach (var table in new[] { "DayTotals", "WeekRegionTotals", "DayRuns" })
        {
            migration.DropColumn(name: "OwnerKind", table: table);
            migration.RenameColumn(name: "OwnerId", table: table, newName: "Who");
        }
        migration.AddPrimaryKey(name: "PK_DayTotals", table: "DayTotals", columns: ["Who", "Day"]);
        migration.AddPrimaryKey(name: "PK_WeekRegionTotals", table: "WeekRegionTotals", columns: ["Who", "Week", "Region"]);
        migration.AddPrimaryKey(name: "PK_DayRuns", table: "DayRuns", columns: ["Who", "FirstDay"]);
        migration.CreateIndex(name: "IX_DayRuns_Who_LastDay", table: "DayRuns", columns: ["Who", "LastDay"], unique: true);
    }
}
