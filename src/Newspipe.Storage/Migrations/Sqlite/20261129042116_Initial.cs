using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "article_entities",
                columns: table => new
                {
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", nullable: false),
                    Mentions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_entities", x => new { x.ArticleId, x.EntityKey });
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", nullable: true),
                    Published = table.Column<string>(type: "TEXT", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    LanguageConfidence = table.Column<double>(type: "REAL", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    KeywordsJson = table.Column<string>(type: "TEXT", nullable: false),
                    EntitiesJson = table.Column<string>(type: "TEXT", nullable: false),
                    QuotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    NotesJson = table.Column<string>(type: "TEXT", nullable: true),
                    StoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DuplicateOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CleanedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnrichedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Canonical = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "failures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceName = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ExceptionType = table.Column<string>(type: "TEXT", nullable: true),
                    StackTrace = table.Column<string>(type: "TEXT", nullable: true),
                    GroupKey = table.Column<string>(type: "TEXT", nullable: false),
                    GroupTitle = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplayCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstFailedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastFailedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplayedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MessageType = table.Column<string>(type: "TEXT", nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    HeadersJson = table.Column<string>(type: "TEXT", nullable: true),
                    TraceId = table.Column<string>(type: "TEXT", nullable: true),
                    Process = table.Column<string>(type: "TEXT", nullable: true),
                    FailedFile = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "story_signatures",
                columns: table => new
                {
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DuplicateOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    SimHash = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_story_signatures", x => x.ArticleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_article_entities_EntityKey",
                table: "article_entities",
                column: "EntityKey");

            migrationBuilder.CreateIndex(
                name: "IX_articles_ContentHash",
                table: "articles",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_articles_StoredAt",
                table: "articles",
                column: "StoredAt");

            migrationBuilder.CreateIndex(
                name: "IX_articles_StoryId",
                table: "articles",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_failures_ArticleId",
                table: "failures",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_failures_GroupKey",
                table: "failures",
                column: "GroupKey");

            migrationBuilder.CreateIndex(
                name: "IX_failures_Status_LastFailedAt",
                table: "failures",
                columns: new[] { "Status", "LastFailedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_story_signatures_CreatedAt",
                table: "story_signatures",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_entities");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "entities");

            migrationBuilder.DropTable(
                name: "failures");

            migrationBuilder.DropTable(
                name: "story_signatures");
        }
    }
}
