namespace Newspipe.Storage;

/// <summary>What Enrich workers compare a new article with: written by whichever worker enriched the article first.</summary>
public sealed class StorySignatureRecord
{
    public Guid ArticleId { get; set; }

    public Guid StoryId { get; set; }

    public Guid? DuplicateOf { get; set; }

    /// <summary>64-bit text fingerprint, stored as its bit pattern.</summary>
    public long SimHash { get; set; }

    /// <summary>The enrichment library's story signature, as JSON.</summary>
    public required string Signature { get; set; }

    public DateTime CreatedAt { get; set; }
}
