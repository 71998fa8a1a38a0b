using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DayTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_RunnerId_StartedAt",
                table: "SessionLogs");

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

            migrationBuilder.CreateTable(
                name: "DayTotals",
                columns: table => new
                {
                    Who = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    PainStops = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveSeconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayTotals", x => new { x.Who, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "StoreSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreSettings", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_RunnerId_EndedAt",
                table: "SessionLogs",
                columns: new[] { "RunnerId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_RunnerId_StartedAt_Id",
                table: "SessionLogs",
                columns: new[] { "RunnerId", "StartedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DayRegionTotals");

            migrationBuilder.DropTable(
                name: "DayTotals");

            migrationBuilder.DropTable(
                name: "StoreSettings");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_RunnerId_EndedAt",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_RunnerId_StartedAt_Id",
                table: "SessionLogs");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_RunnerId_StartedAt",
                table: "SessionLogs",
                columns: new[] { "RunnerId", "StartedAt" });
        }
    }
}
