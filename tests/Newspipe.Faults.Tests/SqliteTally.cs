using Microsoft.Data.Sqlite;

namespace Newspipe.Faults.Tests;

/// <summary>Counts in the embedded host's SQLite file (<c>DATA/newspipe.db</c>).</summary>
internal sealed class SqliteTally(string databaseFile) : IStoreTally
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databaseFile,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    public async Task<int> StoredAsync() =>
        File.Exists(databaseFile) && await HasTableAsync("articles") ? await ScalarAsync("SELECT COUNT(*) FROM articles") : 0;

    public async Task<StoreCounts> CountAsync()
    {
        var stored = await StoredAsync();
        var duplicates = stored == 0 ? 0 : await ScalarAsync("SELECT COUNT(*) - COUNT(DISTINCT \"SourceName\") FROM articles");
        var failures = 0;
        if (File.Exists(databaseFile) && await HasTableAsync("failures"))
        {
            // A failure with a "Status" (the failure handling being rewritten) counts only while it is unresolved.
            var hasStatus = await ScalarAsync("SELECT COUNT(*) FROM pragma_table_info('failures') WHERE name = 'Status'") > 0;
            failures = await ScalarAsync(hasStatus
                ? "SELECT COUNT(*) FROM failures WHERE CAST(\"Status\" AS TEXT) = 'Unresolved'"
                : "SELECT COUNT(*) FROM failures");
        }

        return new StoreCounts(stored, duplicates, failures);
    }

    private async Task<bool> HasTableAsync(string table) =>
        await ScalarAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") > 0;

    private async Task<int> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
