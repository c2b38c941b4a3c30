using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>The stories Enrich grouped articles into: a list (latest news first) and one story on a timeline.</summary>
public sealed class StoryQueries(IDbContextFactory<NewspipeDbContext> contexts, DatabaseResilience database)
{
    public const int MaxPageSize = 200;

    /// <summary>Stories by their latest stored article, newest first (then id), with article counts.</summary>
    public Task<ResultPage<StorySummary>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                page = Math.Max(1, page);
                pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
                await using var db = await contexts.CreateDbContextAsync(token);
                var stories = db.Articles.AsNoTracking().GroupBy(a => a.StoryId).Select(g => new
                {
                    Id = g.Key,
                    Articles = g.Count(),
                    First = g.Min(a => a.StoredAt),
                    Last = g.Max(a => a.StoredAt),
                });
                var rows = await stories.OrderByDescending(s => s.Last).ThenBy(s => s.Id)
                    .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(token);
                var titles = await TitlesAsync(db, rows.Select(s => s.Id).ToList(), token);
                return new ResultPage<StorySummary>(
                    await stories.CountAsync(token),
                    page,
                    pageSize,
                    rows.Select(s => new StorySummary(s.Id, titles[s.Id], s.Articles, s.First, s.Last)).ToList());
            },
            cancellationToken);

    /// <summary>One story by id or unique id prefix; null when none or several match.</summary>
    public Task<StoryDetail?> FindAsync(string idOrPrefix, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                if (await IdPrefix.ResolveAsync(db.Articles.Select(a => a.StoryId).Distinct(), idOrPrefix, token) is not { } id)
                {
                    return null;
                }

                var members = db.Articles.AsNoTracking().Where(a => a.StoryId == id);
                var articles = await members
                    .Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet, a.Published, a.Language, a.StoryId, a.DuplicateOf, a.StoredAt))
                    .ToListAsync(token);
                if (articles.Count == 0)
                {
                    return null;
                }

                var shared = await db.ArticleEntities.AsNoTracking()
                    .Where(l => members.Any(a => a.Id == l.ArticleId))
                    .GroupBy(l => l.EntityKey)
                    .Select(g => new { Key = g.Key, Articles = g.Count() })
                    .Where(g => g.Articles >= 2)
                    .Join(db.Entities.AsNoTracking(), g => g.Key, e => e.Key, (g, e) => new SharedEntity(e.Key, e.Canonical, e.Type, g.Articles))
                    .ToListAsync(token);
                var titles = await TitlesAsync(db, [id], token);
                return new StoryDetail(
                    id,
                    titles[id],
                    articles.OrderBy(TimelineKey, StringComparer.Ordinal).ThenBy(a => a.StoredAt).ThenBy(a => a.Id).ToList(),
                    shared.OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal).ToList());
            },
            cancellationToken);

    /// <summary>Published dates and store times are both ISO 8601 text, so text order is time order; no published date: the store time.</summary>
    private static string TimelineKey(ArticleListItem article) =>
        string.IsNullOrWhiteSpace(article.Published) ? article.StoredAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) : article.Published;

    /// <summary>A story is named after the article that opened it (its id is that article's), else its first stored one.</summary>
    private static async Task<Dictionary<Guid, string>> TitlesAsync(NewspipeDbContext db, List<Guid> storyIds, CancellationToken token)
    {
        var candidates = await db.Articles.AsNoTracking().Where(a => storyIds.Contains(a.StoryId))
            .Select(a => new { a.StoryId, a.Id, a.Title, a.StoredAt })
            .ToListAsync(token);
        return candidates.GroupBy(a => a.StoryId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(a => a.Id == g.Key ? 0 : 1).ThenBy(a => a.StoredAt).First().Title);
    }
}
