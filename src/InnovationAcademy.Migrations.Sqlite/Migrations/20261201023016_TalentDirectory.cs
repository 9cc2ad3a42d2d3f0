using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentSectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TalentProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    SectorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountryOfOrigin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhotoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SocialUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WhatsApp = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublicLatitude = table.Column<double>(type: "REAL", nullable: true),
                    PublicLongitude = table.Column<double>(type: "REAL", nullable: true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModerationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConsentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SortName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepliedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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

            // The full-text index of the public profiles (FTS5, accents already folded into SearchText), kept by triggers
            // to the published, not hidden ones, so that every write (forms, imports, recipes, the benchmark's seeding)
            // is searchable, or gone from search, at once.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "TalentSearch" USING fts5("SearchText", content='TalentProfiles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER "TalentProfiles_SearchInsert" AFTER INSERT ON "TalentProfiles"
                WHEN new."Status" = 'Published' AND new."Hidden" = 0 BEGIN
                    INSERT INTO "TalentSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                CREATE TRIGGER "TalentProfiles_SearchDelete" AFTER DELETE ON "TalentProfiles"
                WHEN old."Status" = 'Published' AND old."Hidden" = 0 BEGIN
                    INSERT INTO "TalentSearch"("TalentSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                CREATE TRIGGER "TalentProfiles_SearchUpdate" AFTER UPDATE OF "SearchText", "Status", "Hidden" ON "TalentProfiles" BEGIN
                    INSERT INTO "TalentSearch"("TalentSearch", rowid, "SearchText") SELECT 'delete', old."Id", old."SearchText" WHERE old."Status" = 'Published' AND old."Hidden" = 0;
                    INSERT INTO "TalentSearch"(rowid, "SearchText") SELECT new."Id", new."SearchText" WHERE new."Status" = 'Published' AND new."Hidden" = 0;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "TalentProfiles_SearchInsert";
                DROP TRIGGER IF EXISTS "TalentProfiles_SearchDelete";
                DROP TRIGGER IF EXISTS "TalentProfiles_SearchUpdate";
                DROP TABLE IF EXISTS "TalentSearch";
                """);

            migrationBuilder.DropTable(
                name: "TalentMessages");

            migrationBuilder.DropTable(
                name: "TalentProfiles");

            migrationBuilder.DropTable(
                name: "TalentSectors");
        }
    }
}
