using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DetailsTemplate",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailsValues",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SubjectIsPlatformName",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DetailsTemplate",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "DetailsValues",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SubjectIsPlatformName",
                table: "AuditEntries");
        }
    }
}
