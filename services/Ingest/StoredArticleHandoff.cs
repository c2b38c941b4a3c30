using System.Collections.Concurrent;
namespace Newspipe.Ingest;

/// <summary>
/// For the in-memory transport, where a published message dies with the process: a file leaves the inbox only once
/// its articles are stored or recorded as failed. A crash before that leaves the file claimed, and the inbox hands it
/// back on the next start. Waiting in vain (which would take a lost message) gives the file back to be read again.
/// </summary>
public sealed class StoredArticleHandoff(ILogger<StoredArticleHandoff> logger) : ArticleHandoff
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> pending = new();

    public override async Task<bool> ExpectAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        var waits = articleIds.Distinct()
            .Select(id => pending.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task)
            .ToList();
        try
        {
            await Task.WhenAll(waits).WaitAsync(Patience, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            Log.HandoffTimedOut(logger, string.Join(", ", articleIds));
            return false;
        }
    }

    /// <summary>The article reached the end of the pipeline, stored or failed.</summary>
    public void Settled(Guid articleId)
    {
        if (pending.TryRemove(articleId, out var done))
        {
            done.TrySetResult();
        }
    }
}
