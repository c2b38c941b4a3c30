using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>
/// PostgreSQL: the generated <c>search_vector</c> column (GIN index) matched with <c>websearch_to_tsquery</c>, ranked
/// by <c>ts_rank</c> (title weighs above text), snippets by <c>ts_headline</c>.
/// </summary>
internal sealed class PostgresFullTextSearch : FullTextSearch
{
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    public override IQueryable<TextMatch>? Matches(NewspipeDbContext db, string text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : db.Database.SqlQuery<TextMatch>(
                $"""
                SELECT "Id" AS "ArticleId", ts_rank(search_vector, websearch_to_tsquery('english', {text}))::float8 AS "Rank"
                FROM articles WHERE search_vector @@ websearch_to_tsquery('english', {text})
                """);

    public override Task<List<TextSnippet>> SnippetsAsync(
        NewspipeDbContext db, string text, IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<TextSnippet>(
                $"""
                SELECT "Id" AS "ArticleId", ts_headline('english', "Text", websearch_to_tsquery('english', {text}), {HeadlineOptions}) AS "Text"
                FROM articles
                """)
            .Where(s => articleIds.Contains(s.ArticleId))
            .ToListAsync(cancellationToken);
}
