using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Spellings",
                table: "article_entities",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_articles_Outlet",
                table: "articles",
                column: "Outlet");

            migrationBuilder.CreateIndex(
                name: "IX_articles_Published",
                table: "articles",
                column: "Published");

            // Full-text search: a weighted tsvector kept by PostgreSQL itself (title above text), with a GIN index.
            // Outside the EF model on purpose: EF never writes it, and ArticleQueries reads it in SQL.
            migrationBuilder.Sql("""
                ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, "Title"), 'A') ||
                    setweight(to_tsvector('english'::regconfig, "Text"), 'B')) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_articles_search_vector ON articles USING GIN (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_articles_search_vector;");
            migrationBuilder.Sql("ALTER TABLE articles DROP COLUMN search_vector;");

            migrationBuilder.DropIndex(
                name: "IX_articles_Outlet",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "IX_articles_Published",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "Spellings",
                table: "article_entities");
        }
    }
}
