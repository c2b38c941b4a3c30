namespace Newspipe.Storage;

/// <summary>Where articles are stored (section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>Folder of the SQLite file <c>newspipe.db</c> (SQLite only).</summary>
    public string DataDirectory { get; set; } = ".newspipe";

    /// <summary>PostgreSQL connection string; filled from <c>ConnectionStrings:postgres</c> when empty.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// An article joins only stories with an article within this time of its own (its ingestion time), so stories do
    /// not grow forever and the cost of grouping does not grow with the store.
    /// </summary>
    public TimeSpan StoryWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many candidates, those sharing the most index keys, are compared with a new article.</summary>
    public int StoryCandidateLimit { get; set; } = 100;

    /// <summary>
    /// Each index key gives at most its newest this many articles as candidates, so that a key most recent articles
    /// share (a common word or entity) costs the same however many articles share it.
    /// </summary>
    public int StoryKeyPostingLimit { get; set; } = 100;

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "newspipe.db"));
}
