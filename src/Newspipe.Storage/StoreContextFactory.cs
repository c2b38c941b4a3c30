using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
            var postgres = new DbContextOptionsBuilder<PostgresNewspipeDbContext>().UseNpgsql(options.ConnectionString).Options;
            return () => new PostgresNewspipeDbContext(postgres);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.SqlitePath)!);
        var sqlite = new DbContextOptionsBuilder<SqliteNewspipeDbContext>()
            .UseSqlite($"Data Source={options.SqlitePath};Pooling=True;Default Timeout=30")
            .AddInterceptors(SynchronousNormal)
            .Options;
        return () => new SqliteNewspipeDbContext(sqlite);
    }
}
