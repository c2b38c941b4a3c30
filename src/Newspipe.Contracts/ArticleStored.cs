namespace Newspipe.Contracts;

/// <summary>Store has written the article. Nothing in the pipeline needs it; watchers (the embedded host's console, tests) may.</summary>
public sealed record ArticleStored
{
    /// <summary>The article id.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>The file the article came from.</summary>
    public required string SourceName { get; init; }

    /// <summary>The stored title.</summary>
    public required string Title { get; init; }

    /// <summary>True when the article was already stored (same content seen before): nothing was written again.</summary>
    public required bool AlreadyStored { get; init; }

    /// <summary>When Store finished (UTC).</summary>
    public required DateTimeOffset StoredAt { get; init; }
}
