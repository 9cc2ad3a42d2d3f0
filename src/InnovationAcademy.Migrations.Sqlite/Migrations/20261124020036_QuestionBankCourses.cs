using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Every existing question belongs to its quiz's course. Apart from <see cref="QuestionBank"/> because SQLite
    /// rebuilds that table there, and SQL must not run while a rebuild is pending.
    /// </summary>
    [DbContext(typeof(InnovationAcademy.Core.Data.AcademyDbContext))]
    [Migration("20261124020036_QuestionBankCourses")]
    public partial class QuestionBankCourses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"QuizQuestions\" SET \"CourseId\" = (SELECT \"Quizzes\".\"CourseId\" FROM \"Quizzes\" WHERE \"Quizzes\".\"Id\" = \"QuizQuestions\".\"QuizId\") WHERE \"CourseId\" = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
