using Microsoft.EntityFrameworkCore;

namespace Newspipe.Storage;

/// <summary>An id as people type it: whole, or the first characters the lists show; null when none or several match.</summary>
internal static class IdPrefix
{
    public static async Task<Guid?> ResolveAsync(IQueryable<Guid> ids, string idOrPrefix, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrPrefix, out var exact))
        {
            return exact;
        }

        var prefix = idOrPrefix.Trim().ToLowerInvariant();
        var all = await ids.ToListAsync(cancellationToken);
        var matches = all.Where(id => id.ToString().StartsWith(prefix, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
