using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PushSubscriptionLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "PushSubscriptions",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                // Subscriptions made before they kept a language were reminded in English.
                defaultValue: "en");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "PushSubscriptions");
        }
    }
}
