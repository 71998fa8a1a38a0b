using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DayRunStarts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RunStart",
                table: "DayTotals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Each existing day's run start, exactly: days in a row share the day minus their row number.
            migrationBuilder.Sql("""
                WITH "Numbered" AS (
                    SELECT "Who", "Day", "Day" - ROW_NUMBER() OVER (PARTITION BY "Who" ORDER BY "Day") AS "Run" FROM "DayTotals"),
                "Starts" AS (
                    SELECT "Who", "Day", MIN("Day") OVER (PARTITION BY "Who", "Run") AS "Start" FROM "Numbered")
                UPDATE "DayTotals" SET "RunStart" = "Starts"."Start" FROM "Starts"
                WHERE "Starts"."Who" = "DayTotals"."Who" AND "Starts"."Day" = "DayTotals"."Day"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RunStart",
                table: "DayTotals");
        }
    }
}
