using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>
/// Group commit for <see cref="ArticleStore.SaveAsync"/>: the articles that arrive while a write is under way are
/// written together in the next transaction, so a burst costs one transaction (one commit, one turn at the SQLite
/// writer) per batch instead of per article, while a lone article is written at once. Each caller's task completes
/// only after its own article's transaction committed (or failed), so a message is still acknowledged only once its
/// article is safe.
/// </summary>
internal sealed class ArticleWriteQueue(Func<IReadOnlyList<PendingArticle>, Task> writeBatch)
{
    /// <summary>Enough to take a burst in a few transactions; few enough to keep one transaction short.</summary>
    public const int MaxBatch = 64;

    private readonly Lock gate = new();
    private readonly List<PendingArticle> queued = [];
    private bool writing;

    public Task<SaveResult> SaveAsync(ArticleEnriched article, Func<EntityMention, string> entityKey, CancellationToken cancellationToken)
    {
        var pending = new PendingArticle(article, entityKey);
        bool start;
        lock (gate)
        {
            queued.Add(pending);
            start = !writing;
            writing = true;
        }

        if (start)
        {
            // On a thread of its own: the caller that started the writer waits for its own article, not the others'.
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        // A caller that gives up leaves its article to be written anyway (harmless: the store is idempotent by id).
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<PendingArticle> batch;
            lock (gate)
            {
                if (queued.Count == 0)
                {
                    writing = false;
                    return;
                }

                batch = queued.GetRange(0, Math.Min(MaxBatch, queued.Count));
                queued.RemoveRange(0, batch.Count);
            }

            try
            {
                await writeBatch(batch);
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(exception);
                }
            }
        }
    }
}
