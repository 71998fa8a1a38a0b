using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DayRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DayRuns",
                columns: table => new
                {
                    Who = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstDay = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayRuns", x => new { x.Who, x.FirstDay });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DayRuns_Who_LastDay",
                table: "DayRuns",
                columns: new[] { "Who", "LastDay" },
                unique: true);

            // Existing days, grouped into runs: days in a run share the day minus its rank among the runner's days.
            migrationBuilder.Sql("""
                INSERT INTO "DayRuns" ("Who", "FirstDay", "LastDay")
                SELECT "Who", MIN("Day"), MAX("Day") FROM (
                    SELECT "Who", "Day", "Day" - ROW_NUMBER() OVER (PARTITION BY "Who" ORDER BY "Day") AS "Island" FROM "DayTotals"
                ) AS "Days"
                GROUP BY "Who", "Island"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DayRuns");
        }
    }
}
