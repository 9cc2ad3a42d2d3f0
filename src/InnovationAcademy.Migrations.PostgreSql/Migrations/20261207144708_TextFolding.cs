using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InnovationAcademy.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TextFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FoldedText.Fold in queries: compatibility-decompose, drop the combining accents and invisible characters,
            // lower case ("Innovación" → "innovacion", "ﬁ" → "fi"), as TextFolding does in .NET. Immutable, so an expression index may use it later.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION ia_fold(text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT replace(lower(regexp_replace(normalize($1, NFKD), '[\u0300-\u036f\u0001-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]', '', 'g')), 'ß', 'ss') $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS ia_fold(text);");
        }
    }
}
