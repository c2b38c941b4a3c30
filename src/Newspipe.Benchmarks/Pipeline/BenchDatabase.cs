using Npgsql;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>
/// A PostgreSQL database of the benchmark's own (NEWSPIPE_BENCH_POSTGRES: a connection string whose role may create
/// databases; by default the login scripts/test-deps.sh makes), dropped on dispose.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string admin;

    private BenchDatabase(string admin, string name)
    {
        this.admin = admin;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        Name = name;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("NEWSPIPE_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=newspipe;Password=newspipe;Database=postgres";
        var database = new BenchDatabase(admin, $"newspipe_bench_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
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
