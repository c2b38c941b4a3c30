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

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "newspipe.db"));
}
