using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>
/// The read side of the store for people: full-text search with filters and stable paging, and one article with
/// everything stored about it. The same answers on SQLite (FTS5) and PostgreSQL (tsvector); entities and stories are
/// in <see cref="EntityQueries"/> and <see cref="StoryQueries"/>.
/// </summary>
public sealed class ArticleQueries(IDbContextFactory<NewspipeDbContext> contexts, DatabaseResilience database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Articles matching <paramref name="search"/>: best match first (then id), or without search words newest stored
    /// first (then id), so pages never overlap or skip. An entity or story that names nothing gives no hits.
    /// </summary>
    public Task<ResultPage<ArticleHit>> SearchAsync(ArticleSearch search, CancellationToken cancellationToken) =>
        database.ExecuteAsync(token => SearchOnceAsync(search, token), cancellationToken);

    /// <summary>One article by id or unique id prefix; null when none or several match.</summary>
    public Task<ArticleDetail?> FindAsync(string idOrPrefix, CancellationToken cancellationToken) =>
        database.ExecuteAsync(token => FindOnceAsync(idOrPrefix, token), cancellationToken);

    private async Task<ResultPage<ArticleHit>> SearchOnceAsync(ArticleSearch search, CancellationToken token)
    {
        var page = Math.Max(1, search.Page);
        var size = Math.Clamp(search.PageSize, 1, ArticleSearch.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(token);
        var filtered = await FilterAsync(db, search, token);
        if (filtered is null)
        {
            return ResultPage<ArticleHit>.Empty(page, size);
        }

        if (string.IsNullOrWhiteSpace(search.Text))
        {
            var newest = await filtered.OrderByDescending(a => a.StoredAt).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size)
                .Select(a => new HitRow(a.Id, a.Title, a.Outlet, a.Published, a.Language, a.StoryId, a.DuplicateOf, a.StoredAt, a.Summary))
                .ToListAsync(token);
            return new ResultPage<ArticleHit>(
                await filtered.CountAsync(token), page, size, newest.Select(row => row.Hit(null, Snippets.Plain(row.Summary))).ToList());
        }

        var fullText = FullTextSearch.For(db);
        if (fullText.Matches(db, search.Text) is not { } matches)
        {
            return ResultPage<ArticleHit>.Empty(page, size);
        }

        // Only the columns a hit shows: the text stays in the database.
        var ranked = matches.Join(filtered, m => m.ArticleId, a => a.Id, (m, a) => new
        {
            m.Rank, a.Id, a.Title, a.Outlet, a.Published, a.Language, a.StoryId, a.DuplicateOf, a.StoredAt, a.Summary,
        });
        var found = await ranked.OrderByDescending(x => x.Rank).ThenBy(x => x.Id).Skip((page - 1) * size).Take(size).ToListAsync(token);
        var snippets = (await fullText.SnippetsAsync(db, search.Text, found.Select(x => x.Id).ToList(), token))
            .ToDictionary(s => s.ArticleId, s => Snippets.Parse(s.Text));
        return new ResultPage<ArticleHit>(
            await ranked.CountAsync(token),
            page,
            size,
            found.Select(x => new HitRow(x.Id, x.Title, x.Outlet, x.Published, x.Language, x.StoryId, x.DuplicateOf, x.StoredAt, x.Summary)
                .Hit(x.Rank, snippets.GetValueOrDefault(x.Id) ?? Snippets.Plain(x.Summary))).ToList());
    }

    /// <summary>The articles the filters allow; null when an entity or story filter names nothing.</summary>
    private static async Task<IQueryable<ArticleRecord>?> FilterAsync(NewspipeDbContext db, ArticleSearch search, CancellationToken token)
    {
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Outlet))
        {
            var outlet = search.Outlet.Trim().ToLower();
            articles = articles.Where(a => a.Outlet != null && a.Outlet.ToLower() == outlet);
        }

        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            var language = search.Language.Trim().ToLowerInvariant();
            articles = articles.Where(a => a.Language == language);
        }

        if (!string.IsNullOrWhiteSpace(search.Entity))
        {
            if (await EntityLookup.FindAsync(db, search.Entity, token) is not { } entity)
            {
                return null;
            }

            articles = articles.Where(a => db.ArticleEntities.Any(l => l.ArticleId == a.Id && l.EntityKey == entity.Key));
        }

        if (!string.IsNullOrWhiteSpace(search.Story))
        {
            if (await IdPrefix.ResolveAsync(db.Articles.Select(a => a.StoryId).Distinct(), search.Story, token) is not { } story)
            {
                return null;
            }

            articles = articles.Where(a => a.StoryId == story);
        }

        return search.DateField == SearchDateField.Stored ? StoredBetween(articles, search.From, search.To) : PublishedBetween(articles, search.From, search.To);
    }

    // Published dates are ISO 8601 text (a day, or a day and time), so text order is date order.
    private static IQueryable<ArticleRecord> PublishedBetween(IQueryable<ArticleRecord> articles, DateOnly? from, DateOnly? to)
    {
        if (from is { } first)
        {
            var start = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            articles = articles.Where(a => a.Published != null && a.Published.CompareTo(start) >= 0);
        }

        if (to is { } last)
        {
            var end = last.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            articles = articles.Where(a => a.Published != null && a.Published.CompareTo(end) < 0);
        }

        return articles;
    }

    private static IQueryable<ArticleRecord> StoredBetween(IQueryable<ArticleRecord> articles, DateOnly? from, DateOnly? to)
    {
        if (from is { } first)
        {
            var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            articles = articles.Where(a => a.StoredAt >= start);
        }

        if (to is { } last)
        {
            var end = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            articles = articles.Where(a => a.StoredAt < end);
        }

        return articles;
    }

    private async Task<ArticleDetail?> FindOnceAsync(string idOrPrefix, CancellationToken token)
    {
        await using var db = await contexts.CreateDbContextAsync(token);
        var id = await IdPrefix.ResolveAsync(db.Articles.AsNoTracking().Select(a => a.Id), idOrPrefix, token);
        if (id is null || await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, token) is not { } a)
        {
            return null;
        }

        var entities = await db.ArticleEntities.AsNoTracking().Where(l => l.ArticleId == a.Id)
            .Join(db.Entities.AsNoTracking(), l => l.EntityKey, e => e.Key, (l, e) => new { Link = l, Entity = e })
            .ToListAsync(token);
        var story = await db.Articles.AsNoTracking().Where(s => s.StoryId == a.StoryId)
            .OrderBy(s => s.Id == a.StoryId ? 0 : 1).ThenBy(s => s.StoredAt)
            .Select(s => s.Title).FirstAsync(token);
        var storySize = await db.Articles.CountAsync(s => s.StoryId == a.StoryId, token);
        var original = a.DuplicateOf is { } duplicateOf
            ? new ArticleLink(duplicateOf, await db.Articles.Where(o => o.Id == duplicateOf).Select(o => o.Title).FirstOrDefaultAsync(token))
            : null;
        return new ArticleDetail(
            a.Id, a.Title, a.Author, a.Published, a.Outlet, a.Url, a.SourceName, a.ContentHash, a.Language, a.LanguageConfidence,
            a.Summary, a.Text,
            JsonSerializer.Deserialize<List<string>>(a.KeywordsJson, Json) ?? [],
            entities
                .Select(x => new EntityInArticle(x.Entity.Key, x.Entity.Canonical, x.Entity.Type, x.Link.Mentions, EntitySpellings.Read(x.Link.Spellings)))
                .OrderByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal).ToList(),
            JsonSerializer.Deserialize<List<Quotation>>(a.QuotesJson, Json) ?? [],
            a.NotesJson is null ? [] : JsonSerializer.Deserialize<List<string>>(a.NotesJson, Json) ?? [],
            new StoryLink(a.StoryId, story, storySize),
            original,
            new StageTimes(a.IngestedAt, a.CleanedAt, a.EnrichedAt, a.StoredAt),
            a.JourneyJson is null ? [] : JsonSerializer.Deserialize<List<StageHop>>(a.JourneyJson, Json) ?? []);
    }
}
