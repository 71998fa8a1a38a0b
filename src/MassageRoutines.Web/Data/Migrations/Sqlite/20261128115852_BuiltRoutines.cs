using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageRoutines.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BuiltRoutines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuiltRoutines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LibraryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Whys = table.Column<string>(type: "TEXT", nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuiltRoutines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuiltRoutines_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SavedRoutines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    BuiltRoutineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedRoutines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedRoutines_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SavedRoutines_BuiltRoutines_BuiltRoutineId",
                        column: x => x.BuiltRoutineId,
                        principalTable: "BuiltRoutines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuiltRoutines_Hash",
                table: "BuiltRoutines",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuiltRoutines_LibraryId",
                table: "BuiltRoutines",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_BuiltRoutines_Slug",
                table: "BuiltRoutines",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedRoutines_BuiltRoutineId",
                table: "SavedRoutines",
                column: "BuiltRoutineId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedRoutines_UserId_BuiltRoutineId",
                table: "SavedRoutines",
                columns: new[] { "UserId", "BuiltRoutineId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedRoutines");

            migrationBuilder.DropTable(
                name: "BuiltRoutines");
        }
    }
}
