using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CertificateIssuerSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Logo = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ProfileShareUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateIssuerSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LearnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplacedByCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificateSigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    X = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Y = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiredUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CourseCertificateSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignatoryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignatoryTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseCertificateSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseCertificateSettings_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Code",
                table: "Certificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CurrentKey",
                table: "Certificates",
                column: "CurrentKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Subject_SubjectId_Status",
                table: "Certificates",
                columns: new[] { "Subject", "SubjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_UserId",
                table: "Certificates",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateSigningKeys_KeyId",
                table: "CertificateSigningKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseCertificateSettings_CourseId",
                table: "CourseCertificateSettings",
                column: "CourseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateIssuerSettings");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "CertificateSigningKeys");

            migrationBuilder.DropTable(
                name: "CourseCertificateSettings");
        }
    }
}
