namespace Newspipe.Storage;

/// <summary>A row of the provider's full-text match: which article, how well (higher is better).</summary>
internal sealed class TextMatch
{
    public Guid ArticleId { get; init; }

    public double Rank { get; init; }
}
