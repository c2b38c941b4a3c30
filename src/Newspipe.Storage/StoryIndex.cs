using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Newspipe.Storage;

/// <summary>
/// The shared memory of every Enrich worker: which stories exist and which texts were seen. Assignment is serialised
/// (a PostgreSQL advisory lock; in SQLite, one process, a semaphore) so two workers never open two stories for one event.
/// </summary>
public sealed class StoryIndex(IDbContextFactory<NewspipeDbContext> contexts, IOptions<StoreOptions> options, DatabaseResilience database)
{
    private const long AssignmentLockId = 0x4e657773; // "News"
    private const int CandidateWindow = 5000;

    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    /// <summary>
    /// Assigns the article to a story: the story of the most similar earlier article when <paramref name="similarity"/>
    /// reaches <paramref name="threshold"/>, else a new story named after this article. The first earlier article
    /// <paramref name="isNearDuplicate"/> accepts becomes <see cref="StoryAssignment.DuplicateOf"/>. Calling it again for
    /// the same article returns the first answer.
    /// </summary>
    public Task<StoryAssignment> AssignAsync(
        Guid articleId,
        ulong simHash,
        string signature,
        Func<ulong, string, bool> isNearDuplicate,
        Func<string, double> similarity,
        double threshold,
        CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            token => AssignOnceAsync(articleId, simHash, signature, isNearDuplicate, similarity, threshold, token),
            cancellationToken);

    private async Task<StoryAssignment> AssignOnceAsync(
        Guid articleId,
        ulong simHash,
        string signature,
        Func<ulong, string, bool> isNearDuplicate,
        Func<string, double> similarity,
        double threshold,
        CancellationToken cancellationToken)
    {
        var sqlite = options.Value.Provider == StoreProvider.Sqlite;
        if (sqlite)
        {
            await SqliteLock.WaitAsync(cancellationToken);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!sqlite)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AssignmentLockId})", cancellationToken);
            }

            var existing = await db.StorySignatures.AsNoTracking().FirstOrDefaultAsync(s => s.ArticleId == articleId, cancellationToken);
            if (existing is not null)
            {
                return new StoryAssignment(existing.StoryId, existing.DuplicateOf);
            }

            var candidates = await db.StorySignatures.AsNoTracking()
                .OrderByDescending(s => s.CreatedAt)
                .Take(CandidateWindow)
                .ToListAsync(cancellationToken);
            candidates.Reverse();

            var duplicateOf = candidates.FirstOrDefault(c => isNearDuplicate(unchecked((ulong)c.SimHash), c.Signature))?.ArticleId;
            var best = candidates
                .Select(c => (Candidate: c, Score: similarity(c.Signature)))
                .Where(x => x.Score >= threshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            var storyId = best.Candidate?.StoryId ?? articleId;

            db.StorySignatures.Add(new StorySignatureRecord
            {
                ArticleId = articleId,
                StoryId = storyId,
                DuplicateOf = duplicateOf,
                SimHash = unchecked((long)simHash),
                Signature = signature,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new StoryAssignment(storyId, duplicateOf);
        }
        finally
        {
            if (sqlite)
            {
                SqliteLock.Release();
            }
        }
    }
}
