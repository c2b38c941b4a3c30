namespace Newspipe.Storage;

/// <summary>
/// One index key of an article's story signature (an entity, a keyword word or a SimHash block, hashed to 64 bits):
/// the story candidates of a new article are the articles sharing one of its keys within the story window.
/// </summary>
public sealed class StoryKeyRecord
{
    public long Key { get; set; }

    public Guid ArticleId { get; set; }

    /// <summary>The article's time on the story window's clock (when it entered the pipeline).</summary>
    public DateTime At { get; set; }
}
