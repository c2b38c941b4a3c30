using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newspipe.Storage;

namespace Newspipe.Benchmarks.Pipeline;

/// <summary>The store a measured pipeline writes, read as the CLI reads it.</summary>
internal sealed class BenchStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private BenchStore(ServiceProvider services) => this.services = services;

    public ArticleStore Articles => services.GetRequiredService<ArticleStore>();

    public static async Task<BenchStore> OpenAsync(StoreProvider provider, string location)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = provider.ToString(),
            ["Store:DataDirectory"] = provider == StoreProvider.Sqlite ? location : null,
            ["ConnectionStrings:postgres"] = provider == StoreProvider.Postgres ? location : null,
        }).Build();
        var store = new BenchStore(new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddArticleStore(configuration).BuildServiceProvider());
        await store.services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return services.DisposeAsync();
    }
}
