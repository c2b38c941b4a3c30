using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>The entities the articles mention: a list (most mentioned first, searchable by name) and one entity with its articles.</summary>
public sealed class EntityQueries(IDbContextFactory<NewspipeDbContext> contexts, DatabaseResilience database)
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// Entities by how many articles mention them (then name, then id); <paramref name="text"/>, when given, must occur
    /// in the canonical name, the id or a spelling (case-insensitive).
    /// </summary>
    public Task<ResultPage<EntitySummary>> ListAsync(string? text, int page, int pageSize, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                page = Math.Max(1, page);
                pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
                await using var db = await contexts.CreateDbContextAsync(token);
                var entities = db.Entities.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    var lower = text.Trim().ToLowerInvariant();
                    entities = entities.Where(e =>
                        e.Canonical.ToLower().Contains(lower) || e.Key.ToLower().Contains(lower) ||
                        db.ArticleEntities.Any(l => l.EntityKey == e.Key && l.Spellings.ToLower().Contains(lower)));
                }

                var counted = entities.Select(e => new
                {
                    Entity = e,
                    Articles = db.ArticleEntities.Count(l => l.EntityKey == e.Key),
                });
                var rows = await counted.OrderByDescending(x => x.Articles).ThenBy(x => x.Entity.Canonical).ThenBy(x => x.Entity.Key)
                    .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(token);
                return new ResultPage<EntitySummary>(
                    await entities.CountAsync(token),
                    page,
                    pageSize,
                    rows.Select(x => new EntitySummary(x.Entity.Key, x.Entity.Canonical, x.Entity.Type, x.Articles)).ToList());
            },
            cancellationToken);

    /// <summary>One entity by id, name, spelling or unique id prefix (see <see cref="EntityLookup"/>); null when none or several match.</summary>
    public Task<EntityDetail?> FindAsync(string nameOrId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                if (await EntityLookup.FindAsync(db, nameOrId, token) is not { } entity)
                {
                    return null;
                }

                var links = db.ArticleEntities.AsNoTracking().Where(l => l.EntityKey == entity.Key);
                var spellings = (await links.Select(l => l.Spellings).ToListAsync(token))
                    .SelectMany(EntitySpellings.Read).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var articles = await db.Articles.AsNoTracking()
                    .Where(a => links.Any(l => l.ArticleId == a.Id))
                    .OrderByDescending(a => a.StoredAt).ThenBy(a => a.Id)
                    .Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet, a.Published, a.Language, a.StoryId, a.DuplicateOf, a.StoredAt))
                    .ToListAsync(token);
                return new EntityDetail(entity.Key, entity.Canonical, entity.Type, entity.FirstSeenAt, spellings, articles);
            },
            cancellationToken);
}
