using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Newspipe.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArticleJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JourneyJson",
                table: "articles",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JourneyJson",
                table: "articles");
        }
    }
}
