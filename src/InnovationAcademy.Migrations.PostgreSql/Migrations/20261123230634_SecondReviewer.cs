using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SecondReviewer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SecondReviewer",
                table: "Assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDecision",
                table: "AssignmentReviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SecondReviewer",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "IsDecision",
                table: "AssignmentReviews");
        }
    }
}
