using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BuiltNotesAsWordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing in the database changes: a built routine's notes keep their JSON shape (code, message);
            // only the class that holds them did, and the message now holds a wording (Data/WordingJson.cs).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
