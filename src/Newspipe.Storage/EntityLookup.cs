using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>
/// An entity as people name it: its id (key), its canonical name, a spelling an article used, or a unique prefix of
/// its id, tried in that order (case-insensitive); null when nothing or several entities match.
/// </summary>
internal static class EntityLookup
{
    public static async Task<EntityRecord?> FindAsync(NewspipeDbContext db, string nameOrId, CancellationToken cancellationToken)
    {
        var wanted = nameOrId.Trim();
        var lower = wanted.ToLowerInvariant();
        var entities = db.Entities.AsNoTracking();
        if (await entities.FirstOrDefaultAsync(e => e.Key == wanted, cancellationToken) is { } exact)
        {
            return exact;
        }

        var byName = await entities.Where(e => e.Canonical.ToLower() == lower).Take(2).ToListAsync(cancellationToken);
        if (byName.Count > 0)
        {
            return byName.Count == 1 ? byName[0] : null;
        }

        var quoted = EntitySpellings.Quoted(lower);
        var bySpelling = await db.ArticleEntities.AsNoTracking()
            .Where(l => l.Spellings.ToLower().Contains(quoted))
            .Select(l => l.EntityKey).Distinct().Take(2).ToListAsync(cancellationToken);
        if (bySpelling.Count > 0)
        {
            return bySpelling.Count == 1 ? await entities.FirstAsync(e => e.Key == bySpelling[0], cancellationToken) : null;
        }

        var byPrefix = await entities.Where(e => e.Key.ToLower().StartsWith(lower)).Take(2).ToListAsync(cancellationToken);
        return byPrefix.Count == 1 ? byPrefix[0] : null;
    }
}
