using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>
/// PostgreSQL: the generated <c>search_vector</c> column (GIN index) matched with the <see cref="TsQuery"/> of the input, ranked
/// by <c>ts_rank</c> (title weighs above text), snippets by <c>ts_headline</c>.
/// </summary>
internal sealed class PostgresFullTextSearch : FullTextSearch
{
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    public override IQueryable<TextMatch>? Matches(NewspipeDbContext db, string text) =>
        TsQuery.From(text) is { } query
            ? db.Database.SqlQuery<TextMatch>(
                $"""
                SELECT "Id" AS "ArticleId", ts_rank(search_vector, to_tsquery('english', {query}))::float8 AS "Rank"
                FROM articles WHERE search_vector @@ to_tsquery('english', {query})
                """)
            : null;

    public override Task<List<TextSnippet>> SnippetsAsync(
        NewspipeDbContext db, string text, IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken) =>
        TsQuery.From(text) is { } query && articleIds.Count > 0
            ? db.Database.SqlQuery<TextSnippet>(
                    $"""
                    SELECT "Id" AS "ArticleId", ts_headline('english', "Text", to_tsquery('english', {query}), {HeadlineOptions}) AS "Text"
                    FROM articles
                    """)
                .Where(s => articleIds.Contains(s.ArticleId))
                .ToListAsync(cancellationToken)
            : Task.FromResult(new List<TextSnippet>());
}
