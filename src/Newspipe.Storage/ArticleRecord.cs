namespace Newspipe.Storage;

/// <summary>A stored article: one row per article id, written once.</summary>
public sealed class ArticleRecord
{
    public Guid Id { get; set; }

    public required string SourceName { get; set; }

    public required string ContentHash { get; set; }

    public required string Title { get; set; }

    public string? Author { get; set; }

    public string? Published { get; set; }

    public string? Outlet { get; set; }

    public string? Url { get; set; }

    public required string Text { get; set; }

    public required string Language { get; set; }

    public double LanguageConfidence { get; set; }

    public required string Summary { get; set; }

    /// <summary>JSON array of keywords, best first.</summary>
    public required string KeywordsJson { get; set; }

    /// <summary>JSON array of <see cref="Contracts.EntityMention"/>.</summary>
    public required string EntitiesJson { get; set; }

    /// <summary>JSON array of <see cref="Contracts.Quotation"/>.</summary>
    public required string QuotesJson { get; set; }

    /// <summary>JSON array of the stages' notes (bytes replaced, text cut); null when there were none.</summary>
    public string? NotesJson { get; set; }

    /// <summary>
    /// JSON array of <see cref="Contracts.StageHop"/>: the stages the article went through (the waterfall); null when
    /// the stages passed no journey.
    /// </summary>
    public string? JourneyJson { get; set; }

    public Guid StoryId { get; set; }

    public Guid? DuplicateOf { get; set; }

    public DateTime IngestedAt { get; set; }

    public DateTime CleanedAt { get; set; }

    public DateTime EnrichedAt { get; set; }

    public DateTime StoredAt { get; set; }
}
