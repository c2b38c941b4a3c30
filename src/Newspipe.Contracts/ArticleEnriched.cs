namespace Newspipe.Contracts;

/// <summary>Enrich has analysed the cleaned article. Consumed by Store.</summary>
public sealed record ArticleEnriched
{
    /// <summary>The article id from <see cref="ArticleIngested.ArticleId"/>.</summary>
    public required Guid ArticleId { get; init; }

    /// <summary>The file the article came from, relative to the inbox.</summary>
    public required string SourceName { get; init; }

    /// <summary>Hex SHA-256 of the ingested content.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Title, author, date, outlet and URL.</summary>
    public required ArticleMetadata Metadata { get; init; }

    /// <summary>The cleaned main text the offsets below refer to.</summary>
    public required string Text { get; init; }

    /// <summary>ISO 639-1 language code (<c>en</c>), or <c>und</c> when unknown.</summary>
    public required string Language { get; init; }

    /// <summary>Confidence of <see cref="Language"/>, from 0 to 1.</summary>
    public required double LanguageConfidence { get; init; }

    /// <summary>Every named-entity mention in <see cref="Text"/>.</summary>
    public required IReadOnlyList<EntityMention> Entities { get; init; }

    /// <summary>Direct quotations with their speakers.</summary>
    public required IReadOnlyList<Quotation> Quotes { get; init; }

    /// <summary>Keywords, best first.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>A short extractive summary.</summary>
    public required string Summary { get; init; }

    /// <summary>The story this article belongs to: the id of the story's first article.</summary>
    public required Guid StoryId { get; init; }

    /// <summary>The earlier article this one is a near-duplicate copy of, if any.</summary>
    public Guid? DuplicateOf { get; init; }

    /// <summary>When Ingest read the file (UTC).</summary>
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>When Clean finished (UTC).</summary>
    public required DateTimeOffset CleanedAt { get; init; }

    /// <summary>When Enrich finished (UTC).</summary>
    public required DateTimeOffset EnrichedAt { get; init; }

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
