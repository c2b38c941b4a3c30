using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Postgres
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
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityKey = table.Column<string>(type: "text", nullable: false),
                    Mentions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_entities", x => new { x.ArticleId, x.EntityKey });
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceName = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Author = table.Column<string>(type: "text", nullable: true),
                    Published = table.Column<string>(type: "text", nullable: true),
                    Outlet = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "text", nullable: false),
                    LanguageConfidence = table.Column<double>(type: "double precision", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    KeywordsJson = table.Column<string>(type: "text", nullable: false),
                    EntitiesJson = table.Column<string>(type: "text", nullable: false),
                    QuotesJson = table.Column<string>(type: "text", nullable: false),
                    NotesJson = table.Column<string>(type: "text", nullable: true),
                    StoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    DuplicateOf = table.Column<Guid>(type: "uuid", nullable: true),
                    IngestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CleanedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnrichedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Canonical = table.Column<string>(type: "text", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "failures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceName = table.Column<string>(type: "text", nullable: false),
                    Stage = table.Column<string>(type: "text", nullable: false),
                    Queue = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    ExceptionType = table.Column<string>(type: "text", nullable: true),
                    StackTrace = table.Column<string>(type: "text", nullable: true),
                    GroupKey = table.Column<string>(type: "text", nullable: false),
                    GroupTitle = table.Column<string>(type: "text", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    RepeatCount = table.Column<int>(type: "integer", nullable: false),
                    ReplayCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstFailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastFailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplayedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    MessageType = table.Column<string>(type: "text", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    HeadersJson = table.Column<string>(type: "text", nullable: true),
                    TraceId = table.Column<string>(type: "text", nullable: true),
                    Process = table.Column<string>(type: "text", nullable: true),
                    FailedFile = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_failures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "story_signatures",
                columns: table => new
                {
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: false),
                    StoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    DuplicateOf = table.Column<Guid>(type: "uuid", nullable: true),
                    SimHash = table.Column<long>(type: "bigint", nullable: false),
                    Signature = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
