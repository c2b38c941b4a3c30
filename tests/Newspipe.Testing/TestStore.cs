using Microsoft.EntityFrameworkCore;
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

    public ArticleQueries Queries => services.GetRequiredService<ArticleQueries>();

    public EntityQueries Entities => services.GetRequiredService<EntityQueries>();

    public StoryQueries StoryQueries => services.GetRequiredService<StoryQueries>();

    public StoreMigrator Migrator => services.GetRequiredService<StoreMigrator>();

    /// <summary>The migrations the database says it has, by name (without their timestamps).</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync()
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<NewspipeDbContext>>().CreateDbContextAsync();
        return (await db.Database.GetAppliedMigrationsAsync()).Select(id => id[(id.IndexOf('_') + 1)..]).ToList();
    }

    /// <summary>A reader of the SQLite store a pipeline writes in <paramref name="dataDirectory"/> (left in place on dispose).</summary>
    public static Task<TestStore> OpenSqliteAsync(string dataDirectory) => CreateAsync(StoreProvider.Sqlite, null, dataDirectory);

    /// <summary>A new store; <paramref name="settings"/> (configuration keys such as <c>Store:StoryWindow</c>) are added to the defaults.</summary>
    public static async Task<TestStore> CreateAsync(StoreProvider provider, string? postgresConnectionString = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        await CreateAsync(provider, postgresConnectionString, existingDirectory: null, settings);

    private static async Task<TestStore> CreateAsync(StoreProvider provider, string? postgresConnectionString, string? existingDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var postgres = provider == StoreProvider.Postgres && postgresConnectionString is null ? await TestPostgres.CreateAsync() : null;
        var created = provider == StoreProvider.Sqlite && existingDirectory is null ? Directory.CreateTempSubdirectory("newspipe-store-").FullName : null;
        var directory = existingDirectory ?? created;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = provider.ToString(),
            ["Store:DataDirectory"] = directory,
            ["ConnectionStrings:postgres"] = postgresConnectionString ?? postgres?.ConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddArticleStore(configuration)
            .BuildServiceProvider();
        var factory = new TestStore(services, postgres, created);
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);
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
