namespace Newspipe.Contracts;

/// <summary>Clean has removed boilerplate and extracted metadata. Consumed by Enrich.</summary>
public sealed record ArticleCleaned
{
    /// <summary>The article id from <see cref="ArticleIngested.ArticleId"/>.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>The file the article came from, relative to the inbox.</summary>
    public required string SourceName { get; init; }

    /// <summary>Hex SHA-256 of the ingested content.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Title, author, date, outlet and URL found in the page or given with the file.</summary>
    public required ArticleMetadata Metadata { get; init; }

    /// <summary>The main text: paragraphs separated by a blank line (<c>\n\n</c>).</summary>
    public required string Text { get; init; }

    /// <summary>When Ingest read the file (UTC).</summary>
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>When Clean finished (UTC).</summary>
    public required DateTimeOffset CleanedAt { get; init; }

    /// <summary>
    /// What a person should know about how the article was processed, appended by each stage (e.g. "3 invalid UTF-8
    /// byte sequences replaced", "text cut at 200,000 characters"); optional, empty when all went plainly.
    /// </summary>
    public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>
    /// The stages this article went through so far, oldest first; each stage appends its own hop (optional: a
    /// stage that does not know the field passes nothing, and the waterfall shows only what it was given).
    /// </summary>
    public IReadOnlyList<StageHop>? Journey { get; init; }
}
