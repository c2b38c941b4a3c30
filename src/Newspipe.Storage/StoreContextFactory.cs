using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Newspipe.Storage;

/// <summary>Makes the context of the configured provider, so every store class works with one <see cref="NewspipeDbContext"/> type.</summary>
internal sealed class StoreContextFactory(IOptions<StoreOptions> options) : IDbContextFactory<NewspipeDbContext>
{
    private static readonly SqliteSynchronousNormal SynchronousNormal = new();

    private readonly Lazy<Func<NewspipeDbContext>> create = new(() => Build(options.Value));

    public NewspipeDbContext CreateDbContext() => create.Value();

    internal static Func<NewspipeDbContext> Build(StoreOptions options)
    {
        if (options.Provider == StoreProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresNewspipeDbContext>().UseNpgsql(AutoPrepared(options.ConnectionString)).Options;
            return () => new PostgresNewspipeDbContext(postgres);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.SqlitePath)!);
        var sqlite = new DbContextOptionsBuilder<SqliteNewspipeDbContext>()
            .UseSqlite($"Data Source={options.SqlitePath};Pooling=True;Default Timeout=30")
            .AddInterceptors(SynchronousNormal)
            .Options;
        return () => new SqliteNewspipeDbContext(sqlite);
    }

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on, unless it says otherwise: the statements every
    /// article repeats (the story candidates, the store's reads and inserts) are then parsed and planned once a
    /// connection instead of once a call, which was about a quarter of PostgreSQL's CPU time under load.
    /// </summary>
    private static string? AutoPrepared(string? connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
