using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CohortCourses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AssignmentCourseId",
                table: "Cohorts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CohortCourses",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortCourses", x => new { x.CohortId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_CohortCourses_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_AssignmentCourseId",
                table: "Cohorts",
                column: "AssignmentCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortCourses_CourseId",
                table: "CohortCourses",
                column: "CourseId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cohorts_Courses_AssignmentCourseId",
                table: "Cohorts",
                column: "AssignmentCourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cohorts_Courses_AssignmentCourseId",
                table: "Cohorts");

            migrationBuilder.DropTable(
                name: "CohortCourses");

            migrationBuilder.DropIndex(
                name: "IX_Cohorts_AssignmentCourseId",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "AssignmentCourseId",
                table: "Cohorts");
        }
    }
}
