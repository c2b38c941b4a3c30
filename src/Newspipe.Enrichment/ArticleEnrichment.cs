namespace Newspipe.Enrichment;

/// <summary>What the Enrich stage learns about one article.</summary>
public sealed record ArticleEnrichment
{
    /// <summary>ISO 639-1 code ("en"), or "und" when the language cannot be told.</summary>
    public required string Language { get; init; }

    /// <summary>0..1</summary>
    public required double LanguageConfidence { get; init; }

    /// <summary>Every mention in the text, in text order; empty for languages other than English.</summary>
    public required IReadOnlyList<EntityMention> Entities { get; init; }

    public required IReadOnlyList<Quote> Quotes { get; init; }

    /// <summary>A handful of terms, best first.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>Two or three sentences of the text, in text order.</summary>
    public required string Summary { get; init; }

    /// <summary>64-bit SimHash of the text; compare with <see cref="StoryMatching.IsNearDuplicate"/>.</summary>
    public required ulong SimHash { get; init; }

    /// <summary>What story grouping compares; see <see cref="StoryMatching.StorySimilarity(StorySignature, StorySignature)"/>.</summary>
    public required StorySignature Signature { get; init; }
}
