namespace Newspipe.Storage;

/// <summary>Which entities an article mentions and how often, for search by entity.</summary>
public sealed class ArticleEntityRecord
{
    public Guid ArticleId { get; set; }

    public required string EntityKey { get; set; }

    public int Mentions { get; set; }
}
