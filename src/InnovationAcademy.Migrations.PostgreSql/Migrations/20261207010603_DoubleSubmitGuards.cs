using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DoubleSubmitGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CommunityThreads_AuthorId",
                table: "CommunityThreads");

            migrationBuilder.DropIndex(
                name: "IX_CommunityPosts_AuthorId",
                table: "CommunityPosts");

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionKey",
                table: "CommunityThreads",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionKey",
                table: "CommunityPosts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "AssignmentSubmissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityThreads_AuthorId_SubmissionKey",
                table: "CommunityThreads",
                columns: new[] { "AuthorId", "SubmissionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_AuthorId_SubmissionKey",
                table: "CommunityPosts",
                columns: new[] { "AuthorId", "SubmissionKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CommunityThreads_AuthorId_SubmissionKey",
                table: "CommunityThreads");

            migrationBuilder.DropIndex(
                name: "IX_CommunityPosts_AuthorId_SubmissionKey",
                table: "CommunityPosts");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "CommunityThreads");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "CommunityPosts");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "AssignmentSubmissions");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityThreads_AuthorId",
                table: "CommunityThreads",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_AuthorId",
                table: "CommunityPosts",
                column: "AuthorId");
        }
    }
}
