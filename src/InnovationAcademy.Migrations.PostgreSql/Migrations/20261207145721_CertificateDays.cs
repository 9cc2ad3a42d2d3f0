using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CompletedUtc",
                table: "Certificates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "Certificates",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Certificates",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Certificates issued before: their days are counted in the site's zone from now on, issued on its UTC day as shown until now.
            migrationBuilder.Sql("""
                UPDATE "Certificates" SET "CompletedUtc" = "IssuedUtc", "IssuedOn" = ("IssuedUtc" AT TIME ZONE 'UTC')::date,
                    "TimeZoneId" = COALESCE((SELECT "TimeZoneId" FROM "SiteSettings" LIMIT 1), 'America/Lima');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CompletedUtc",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Certificates");
        }
    }
}
