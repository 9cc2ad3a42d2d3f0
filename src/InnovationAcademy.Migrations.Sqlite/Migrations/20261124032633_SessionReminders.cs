using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CohortSessionReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortSessionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortSessionReminders_CohortApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CohortApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CohortSessionReminders_CohortSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CohortSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CohortSessionReminders_ApplicationId",
                table: "CohortSessionReminders",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortSessionReminders_SessionId_ApplicationId_Kind",
                table: "CohortSessionReminders",
                columns: new[] { "SessionId", "ApplicationId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortSessionReminders");
        }
    }
}
