namespace Newspipe.Storage;

/// <summary>A stored article a new one is compared with; its signature comes from <see cref="StorySignatureCache"/>.</summary>
internal sealed record StoryCandidate(Guid ArticleId, Guid StoryId, long SimHash, DateTime CreatedAt)
{
    public string Signature { get; init; } = "";
}
