using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Sqlite
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
                type: "TEXT",
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

            // Full-text search: an FTS5 table with its own copy of title and text (an external-content table would
            // follow the articles' rowid, which VACUUM may renumber since the key is a GUID), filled from the articles
            // already stored and kept in step by triggers. Porter stemming, accents folded.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    article_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""INSERT INTO articles_fts (article_id, title, text) SELECT "Id", "Title", "Text" FROM articles;""");
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                    INSERT INTO articles_fts (article_id, title, text) VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                    DELETE FROM articles_fts WHERE article_id = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER articles_fts_update AFTER UPDATE OF "Title", "Text" ON articles BEGIN
                    DELETE FROM articles_fts WHERE article_id = old."Id";
                    INSERT INTO articles_fts (article_id, title, text) VALUES (new."Id", new."Title", new."Text");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER articles_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER articles_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER articles_fts_insert;");
            migrationBuilder.Sql("DROP TABLE articles_fts;");

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
