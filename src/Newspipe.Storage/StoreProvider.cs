namespace Newspipe.Storage;

/// <summary>Which database holds the articles.</summary>
public enum StoreProvider
{
    /// <summary>A SQLite file: the embedded default, one process.</summary>
    Sqlite,

    /// <summary>PostgreSQL (<c>ConnectionStrings:postgres</c>): the distributed form, shared by every worker.</summary>
    Postgres,
}
