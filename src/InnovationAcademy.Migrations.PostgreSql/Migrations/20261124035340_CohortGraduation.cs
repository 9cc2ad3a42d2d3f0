using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CohortGraduation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "CertificateHours",
                table: "Cohorts",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "MinAttendancePercent",
                table: "Cohorts",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CertificateHours",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "MinAttendancePercent",
                table: "Cohorts");
        }
    }
}
