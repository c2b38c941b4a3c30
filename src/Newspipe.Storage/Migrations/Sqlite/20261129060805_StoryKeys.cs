using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "story_keys",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_story_keys", x => new { x.ArticleId, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_story_keys_Key_At",
                table: "story_keys",
                columns: new[] { "Key", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "story_keys");
        }
    }
}
