using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newspipe.Storage;

namespace Newspipe.Testing;

/// <summary>
/// The store as the services build it: on a temporary SQLite file, a fresh PostgreSQL database, or (given a connection
/// string) a database a test already made. What it created it removes on dispose.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly TestPostgres? postgres;
    private readonly string? directory;

    private TestStore(ServiceProvider services, TestPostgres? postgres, string? directory)
    {
        this.services = services;
        this.postgres = postgres;
        this.directory = directory;
    }

    public ArticleStore Store => services.GetRequiredService<ArticleStore>();

    public StoryIndex Stories => services.GetRequiredService<StoryIndex>();

    public FailureStore Failures => services.GetRequiredService<FailureStore>();

    public static async Task<TestStore> CreateAsync(StoreProvider provider, string? postgresConnectionString = null)
    {
        var postgres = provider == StoreProvider.Postgres && postgresConnectionString is null ? await TestPostgres.CreateAsync() : null;
        var directory = provider == StoreProvider.Sqlite ? Directory.CreateTempSubdirectory("newspipe-store-").FullName : null;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = provider.ToString(),
            ["Store:DataDirectory"] = directory,
            ["ConnectionStrings:postgres"] = postgresConnectionString ?? postgres?.ConnectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddArticleStore(configuration)
            .BuildServiceProvider();
        var factory = new TestStore(services, postgres, directory);
        await factory.Store.InitializeAsync(CancellationToken.None);
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        if (directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
