using Microsoft.Data.Sqlite;
using Newspipe.Storage;

namespace Newspipe.Storage.Tests;

/// <summary>Which real SQLite errors are retried as transient: a busy database is, a constraint violation is not.</summary>
public sealed class DatabaseFaultsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("newspipe-faults-").FullName;

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(directory, "faults.db"),
        Pooling = false,
        DefaultTimeout = 1,
    }.ToString();

    [Fact]
    public async Task A_NOT_NULL_violation_is_not_transient()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");

        var violation = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection, "INSERT INTO t (name) VALUES (NULL)"));

        Assert.Equal(19, violation.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.False(DatabaseFaults.IsTransient(violation));
    }

    [Fact]
    public async Task A_database_another_connection_holds_for_writing_is_transient()
    {
        await using var holder = new SqliteConnection(ConnectionString);
        await holder.OpenAsync();
        await ExecuteAsync(holder, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
        await ExecuteAsync(holder, "BEGIN IMMEDIATE");
        await using var other = new SqliteConnection(ConnectionString);
        await other.OpenAsync();

        var busy = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(other, "BEGIN IMMEDIATE"));

        Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
        Assert.True(DatabaseFaults.IsTransient(busy));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 1; // seconds of waiting on a busy database before SQLITE_BUSY
        await command.ExecuteNonQueryAsync();
    }
}
