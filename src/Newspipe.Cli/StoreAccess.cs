using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary>
/// Opens the same store the pipeline writes: the embedded SQLite file under --data, or the distributed PostgreSQL
/// when the environment says so (Store__Provider=Postgres, ConnectionStrings__postgres), as the services read it. It
/// never creates a store: a folder that holds none is a clear error.
/// </summary>
internal static class StoreAccess
{
    public static Task<ArticleStore> OpenAsync(string dataDirectory, CancellationToken cancellationToken) =>
        Task.FromResult(OpenStores(dataDirectory).GetRequiredService<ArticleStore>());

    /// <summary>The failures of the same store.</summary>
    public static Task<FailureStore> OpenFailuresAsync(string dataDirectory, CancellationToken cancellationToken) =>
        Task.FromResult(OpenStores(dataDirectory).GetRequiredService<FailureStore>());

    /// <summary>
    /// One of the store's read-side queries (<see cref="ArticleQueries"/>, <see cref="EntityQueries"/>,
    /// <see cref="StoryQueries"/>). They need the current schema; reading never migrates, so a store the pipeline has not
    /// upgraded yet is a clear error too.
    /// </summary>
    public static async Task<T> OpenQueriesAsync<T>(string dataDirectory, CancellationToken cancellationToken)
        where T : notnull
    {
        var services = OpenStores(dataDirectory);
        await using var db = await services.GetRequiredService<IDbContextFactory<NewspipeDbContext>>().CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new StoreNotFoundException(
                $"The store in {Path.GetFullPath(dataDirectory)} predates this version's schema (missing {string.Join(", ", pending)}). " +
                "Start the pipeline once (./newspipe run, or the Store service) to upgrade it; reading commands never change it.");
        }

        return services.GetRequiredService<T>();
    }

    private static ServiceProvider OpenStores(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{StoreOptions.Section}:DataDirectory"] = dataDirectory })
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        if (options.Provider == StoreProvider.Sqlite && !File.Exists(options.SqlitePath))
        {
            // Reading never creates a store: a mistyped --data must not look like an empty pipeline.
            throw new StoreNotFoundException(
                $"No Newspipe store in {Path.GetFullPath(dataDirectory)} ({options.SqlitePath} does not exist). " +
                "Give the --data folder the pipeline runs with, or set Store__Provider=Postgres and ConnectionStrings__postgres.");
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .AddArticleStore(configuration)
            .BuildServiceProvider();
        return services;
    }
}
