namespace Newspipe.Contracts;

/// <summary>
/// Ingest has read a file (or one object of a JSON array) from the inbox. Consumed by Clean.
/// One message per document; published only after the file was read and identified.
/// </summary>
public sealed record ArticleIngested
{
    /// <summary>Stable id of the article, derived from its content: the same content always gets the same id.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>The file's path relative to the inbox (with <c>#N</c> for the N-th object of a JSON array).</summary>
    public required string SourceName { get; init; }

    /// <summary>How <see cref="Content"/> is written.</summary>
    public required ArticleFormat Format { get; init; }

    /// <summary>The decoded file content (HTML, text or Markdown); empty when <see cref="ContentAddress"/> is set.</summary>
    public required string Content { get; init; }

    /// <summary>
    /// Claim check for a large body (over <c>MessageData:ThresholdBytes</c>, 256 KiB by default): the MassTransit
    /// message-data address (<c>urn:file:a:b:c</c> = the file <c>a/b/c</c> under the shared <c>MessageData:Path</c>
    /// folder) holding the content as UTF-8. Null when the content is inline.
    /// </summary>
    public string? ContentAddress { get; init; }

    /// <summary>Hex SHA-256 of the content; equal hashes mean the same article.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The character encoding the file was decoded with, e.g. <c>utf-8</c> or <c>windows-1252</c>.</summary>
    public required string Encoding { get; init; }

    /// <summary>Metadata that came with the file (JSON input); each member may be null.</summary>
    public ArticleMetadata? Metadata { get; init; }

    /// <summary>When Ingest read the file (UTC).</summary>
    public required DateTimeOffset IngestedAt { get; init; }

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
