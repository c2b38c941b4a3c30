using Npgsql;

namespace Newspipe.Faults.Tests;

/// <summary>Counts in a scenario's PostgreSQL database.</summary>
internal sealed class PostgresTally(string connectionString) : IStoreTally
{
    public async Task<int> StoredAsync() => await ScalarAsync("SELECT COUNT(*) FROM articles");

    public async Task<StoreCounts> CountAsync()
    {
        var stored = await StoredAsync();
        var duplicates = await ScalarAsync("SELECT COUNT(*) - COUNT(DISTINCT \"SourceName\") FROM articles");
        // A failure with a "Status" (the failure handling being rewritten) counts only while it is unresolved.
        var hasStatus = await ScalarAsync(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'failures' AND column_name = 'Status'") > 0;
        var failures = await ScalarAsync(hasStatus
            ? "SELECT COUNT(*) FROM failures WHERE \"Status\"::text = 'Unresolved'"
            : "SELECT COUNT(*) FROM failures");
        return new StoreCounts(stored, duplicates, failures);
    }

    private async Task<int> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
