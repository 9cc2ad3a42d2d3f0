using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InnovationAcademy.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TalentDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TalentSectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentSectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TalentProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "text", nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    SectorId = table.Column<int>(type: "integer", nullable: true),
                    Skills = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountryOfOrigin = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhotoUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SocialUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WhatsApp = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Precision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublicLatitude = table.Column<double>(type: "double precision", nullable: true),
                    PublicLongitude = table.Column<double>(type: "double precision", nullable: true),
                    CohortId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    ModerationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConsentVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SortName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentProfiles_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TalentProfiles_TalentSectors_SectorId",
                        column: x => x.SectorId,
                        principalTable: "TalentSectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TalentProfiles_Users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    SenderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SenderEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RepliedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentMessages_TalentProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "TalentProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TalentMessages_ProfileId_SentUtc",
                table: "TalentMessages",
                columns: new[] { "ProfileId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_CohortId_Status_SortName_Hidden",
                table: "TalentProfiles",
                columns: new[] { "CohortId", "Status", "SortName", "Hidden" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_OwnerId",
                table: "TalentProfiles",
                column: "OwnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_Region_Status_SortName_Hidden",
                table: "TalentProfiles",
                columns: new[] { "Region", "Status", "SortName", "Hidden" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_SectorId_Status_SortName_Hidden",
                table: "TalentProfiles",
                columns: new[] { "SectorId", "Status", "SortName", "Hidden" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_Status_SortName_Id_Hidden",
                table: "TalentProfiles",
                columns: new[] { "Status", "SortName", "Id", "Hidden" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_UpdatedUtc",
                table: "TalentProfiles",
                column: "UpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_TalentSectors_Name",
                table: "TalentSectors",
                column: "Name",
                unique: true);

            // The full-text index: a GIN index over the 'simple' configuration of the already accent-folded text,
            // which the search's to_tsvector expression matches exactly.
            migrationBuilder.Sql("""CREATE INDEX "IX_TalentProfiles_Search" ON "TalentProfiles" USING GIN (to_tsvector('simple', "SearchText"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_TalentProfiles_Search";""");

            migrationBuilder.DropTable(
                name: "TalentMessages");

            migrationBuilder.DropTable(
                name: "TalentProfiles");

            migrationBuilder.DropTable(
                name: "TalentSectors");
        }
    }
}
