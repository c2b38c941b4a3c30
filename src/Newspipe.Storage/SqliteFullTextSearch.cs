using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>SQLite: the FTS5 table <c>articles_fts</c>, ranked by bm25 (title weighs 4× the text), snippets by <c>snippet()</c>.</summary>
internal sealed class SqliteFullTextSearch : FullTextSearch
{
    public override IQueryable<TextMatch>? Matches(NewspipeDbContext db, string text) =>
        Fts5Query.From(text) is { } query
            ? db.Database.SqlQuery<TextMatch>(
                $"""SELECT article_id AS "ArticleId", -bm25(articles_fts, 0.0, 4.0, 1.0) AS "Rank" FROM articles_fts WHERE articles_fts MATCH {query}""")
            : null;

    public override Task<List<TextSnippet>> SnippetsAsync(
        NewspipeDbContext db, string text, IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken) =>
        Fts5Query.From(text) is { } query && articleIds.Count > 0
            ? db.Database.SqlQuery<TextSnippet>(
                    $"""
                    SELECT article_id AS "ArticleId", snippet(articles_fts, 2, char(2), char(3), '…', 32) AS "Text"
                    FROM articles_fts WHERE articles_fts MATCH {query}
                    """)
                .Where(s => articleIds.Contains(s.ArticleId))
                .ToListAsync(cancellationToken)
            : Task.FromResult(new List<TextSnippet>());
}
