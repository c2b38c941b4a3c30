namespace Newspipe.Contracts;

/// <summary>
/// A file or message could not be processed and will not be retried by itself. Store records it among the failures,
/// where it can be seen and replayed. (Messages that exhaust their retries also produce MassTransit's <c>Fault&lt;T&gt;</c>.)
/// </summary>
public sealed record ArticleFailed
{
    /// <summary>The article id when one was assigned; null for a file that could not be read.</summary>
    public Guid? ArticleId { get; init; }

    /// <summary>The file, relative to the inbox.</summary>
    public required string SourceName { get; init; }

    /// <summary>The stage that failed: <c>ingest</c>, <c>clean</c>, <c>enrich</c> or <c>store</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>Why, in words a person can act on.</summary>
    public required string Reason { get; init; }

    /// <summary>When it failed (UTC).</summary>
    public required DateTimeOffset FailedAt { get; init; }
}
