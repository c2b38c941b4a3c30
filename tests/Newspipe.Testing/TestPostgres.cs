using Npgsql;

namespace Newspipe.Testing;

/// <summary>
/// A fresh PostgreSQL database per test, on the server scripts/test-deps.sh starts (override with
/// NEWSPIPE_TEST_POSTGRES, a connection string whose role may create databases). Dropped on dispose.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private readonly string admin;

    private TestPostgres(string admin, string name)
    {
        this.admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestPostgres> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("NEWSPIPE_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=newspipe;Password=newspipe;Database=postgres";
        var database = new TestPostgres(admin, $"newspipe_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(admin);
        try
        {
            await connection.OpenAsync();
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidOperationException(
                "PostgreSQL is not reachable for the tests; run scripts/test-deps.sh (the README's test command does).", exception);
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
