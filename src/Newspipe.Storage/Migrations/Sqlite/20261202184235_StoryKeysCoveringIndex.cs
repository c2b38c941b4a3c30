using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryKeysCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_story_keys_Key_At",
                table: "story_keys");

            migrationBuilder.CreateIndex(
                name: "IX_story_keys_Key_At_ArticleId",
                table: "story_keys",
                columns: new[] { "Key", "At", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_story_keys_Key_At_ArticleId",
                table: "story_keys");

            migrationBuilder.CreateIndex(
                name: "IX_story_keys_Key_At",
                table: "story_keys",
                columns: new[] { "Key", "At" });
        }
    }
}
