using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SessionLogOwnerIndexesFiltered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_AccountId_EndedAt",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_AccountId_StartedAt_Id",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_DeviceId_EndedAt",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_DeviceId_StartedAt_Id",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_KioskId_StartedAt",
                table: "SessionLogs");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_AccountId_EndedAt",
                table: "SessionLogs",
                columns: new[] { "AccountId", "EndedAt" },
                filter: "\"AccountId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_AccountId_StartedAt_Id",
                table: "SessionLogs",
                columns: new[] { "AccountId", "StartedAt", "Id" },
                filter: "\"AccountId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_DeviceId_EndedAt",
                table: "SessionLogs",
                columns: new[] { "DeviceId", "EndedAt" },
                filter: "\"DeviceId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_DeviceId_StartedAt_Id",
                table: "SessionLogs",
                columns: new[] { "DeviceId", "StartedAt", "Id" },
                filter: "\"DeviceId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_KioskId_StartedAt",
                table: "SessionLogs",
                columns: new[] { "KioskId", "StartedAt" },
                filter: "\"KioskId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_AccountId_EndedAt",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_AccountId_StartedAt_Id",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_DeviceId_EndedAt",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_DeviceId_StartedAt_Id",
                table: "SessionLogs");

            migrationBuilder.DropIndex(
                name: "IX_SessionLogs_KioskId_StartedAt",
                table: "SessionLogs");

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_AccountId_EndedAt",
                table: "SessionLogs",
                columns: new[] { "AccountId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_AccountId_StartedAt_Id",
                table: "SessionLogs",
                columns: new[] { "AccountId", "StartedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_DeviceId_EndedAt",
                table: "SessionLogs",
                columns: new[] { "DeviceId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_DeviceId_StartedAt_Id",
                table: "SessionLogs",
                columns: new[] { "DeviceId", "StartedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionLogs_KioskId_StartedAt",
                table: "SessionLogs",
                columns: new[] { "KioskId", "StartedAt" });
        }
    }
}
