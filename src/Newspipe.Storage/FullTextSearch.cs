using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>The provider's full-text SQL: matching with a rank, and marked snippets of a page of matches.</summary>
internal abstract class FullTextSearch
{
    public static FullTextSearch For(NewspipeDbContext db) =>
        db is PostgresNewspipeDbContext ? new PostgresFullTextSearch() : new SqliteFullTextSearch();

    /// <summary>Every article matching <paramref name="text"/>, composable with LINQ; null when the text holds no word to search.</summary>
    public abstract IQueryable<TextMatch>? Matches(NewspipeDbContext db, string text);

    /// <summary>The best passage of each article's text, with <see cref="Snippets"/>' markers around the matched words.</summary>
    public abstract Task<List<TextSnippet>> SnippetsAsync(
        NewspipeDbContext db, string text, IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken);

}
