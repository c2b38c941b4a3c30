namespace Newspipe.Storage;

/// <summary>
/// Group commit: the items that arrive while a write is under way are written together in the next transaction, so a
/// burst costs one transaction (one commit, one turn at the SQLite writer) per batch instead of per item, while a lone
/// item is written at once. Each caller's task completes only after its own item's transaction committed (or failed),
/// so a message is still acknowledged only once what it wrote is safe. When a batch fails, each of its items is tried
/// alone, so one bad item fails only its own caller.
/// </summary>
internal sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<TItem>, Task<TResult[]>> writeBatch, int maxBatch)
{
    private readonly Lock gate = new();
    private readonly List<(TItem Item, TaskCompletionSource<TResult> Done)> queued = [];
    private bool writing;

    public Task<TResult> AddAsync(TItem item, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (gate)
        {
            queued.Add((item, done));
            start = !writing;
            writing = true;
        }

        if (start)
        {
            // On a thread of its own: the caller that started the writer waits for its own item, not the others'.
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        // A caller that gives up leaves its item to be written anyway (the stores are idempotent by article id).
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<(TItem Item, TaskCompletionSource<TResult> Done)> batch;
            lock (gate)
            {
                if (queued.Count == 0)
                {
                    writing = false;
                    return;
                }

                batch = queued.GetRange(0, Math.Min(maxBatch, queued.Count));
                queued.RemoveRange(0, batch.Count);
            }

            try
            {
                await WriteAsync(batch);
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var one in batch)
                {
                    try
                    {
                        await WriteAsync([one]);
                    }
                    catch (Exception alone)
                    {
                        one.Done.TrySetException(alone);
                    }
                }
            }
            catch (Exception exception)
            {
                batch[0].Done.TrySetException(exception);
            }
        }
    }

    private async Task WriteAsync(List<(TItem Item, TaskCompletionSource<TResult> Done)> batch)
    {
        var results = await writeBatch(batch.Select(b => b.Item).ToList());
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(results[i]);
        }
    }
}
