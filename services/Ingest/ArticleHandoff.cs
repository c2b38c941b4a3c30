namespace Newspipe.Ingest;

/// <summary>
/// When a published article is safe, so its file may leave the inbox. On RabbitMQ that is the broker's confirm (the
/// message is durable); a host on the in-memory transport uses <see cref="StoredArticleHandoff"/> instead.
/// </summary>
public class ArticleHandoff
{
    /// <summary>Called before publishing; completes with true when every article is safe, false when it waited in vain.</summary>
    public virtual Task<bool> ExpectAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken) => Task.FromResult(true);
}
