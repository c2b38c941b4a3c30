namespace Newspipe.Storage;

/// <summary>Which entities an article mentions and how often, for search by entity.</summary>
public sealed class ArticleEntityRecord
{
    public Guid ArticleId { get; set; }

    public required string EntityKey { get; set; }

    public int Mentions { get; set; }

    /// <summary>
    /// JSON array of the spellings this article used for the entity (the entity key is computed by Enrich, so this is
    /// the only place that knows which mention meant which entity); <c>[]</c> on rows stored before it existed.
    /// </summary>
    public string Spellings { get; set; } = "[]";
}
