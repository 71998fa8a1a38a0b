using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WeekRegionTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WeekRegionTotals",
                columns: table => new
                {
                    Who = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Seconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeekRegionTotals", x => new { x.Who, x.Week, x.Region });
                });

            // The chart shows weeks: each runner's days add up into their week (day number 0 is a Monday).
            migrationBuilder.Sql("""
                INSERT INTO "WeekRegionTotals" ("Who", "Week", "Region", "Seconds")
                SELECT "Who", "Day" - "Day" % 7, "Region", SUM("Seconds") FROM "DayRegionTotals"
                GROUP BY "Who", "Day" - "Day" % 7, "Region"
                """);

            migrationBuilder.DropTable(
                name: "DayRegionTotals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WeekRegionTotals");

            migrationBuilder.CreateTable(
                name: "DayRegionTotals",
                columns: table => new
                {
                    Who = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Seconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayRegionTotals", x => new { x.Who, x.Day, x.Region });
                });

            // Days cannot be told apart within a week: the totals are counted again from the logs at the next start.
            migrationBuilder.Sql("""DELETE FROM "StoreSettings" WHERE "Key" = 'DayTotals.TimeZone'""");
        }
    }
}
