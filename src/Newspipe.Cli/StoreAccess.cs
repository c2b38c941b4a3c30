using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newspipe.Storage;

namespace Newspipe.Cli;

/// <summary>
/// Opens the same store the pipeline writes: the embedded SQLite file under --data, or the distributed PostgreSQL
/// when the environment says so (Store__Provider=Postgres, ConnectionStrings__postgres), as the services read it.
/// </summary>
internal static class StoreAccess
{
    public static async Task<ArticleStore> OpenAsync(string dataDirectory, CancellationToken cancellationToken) =>
        (await OpenStoresAsync(dataDirectory, cancellationToken)).GetRequiredService<ArticleStore>();

    /// <summary>The failures of the same store.</summary>
    public static async Task<FailureStore> OpenFailuresAsync(string dataDirectory, CancellationToken cancellationToken) =>
        (await OpenStoresAsync(dataDirectory, cancellationToken)).GetRequiredService<FailureStore>();

    private static async Task<IServiceProvider> OpenStoresAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{StoreOptions.Section}:DataDirectory"] = dataDirectory })
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .AddArticleStore(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<ArticleStore>().InitializeAsync(cancellationToken);
        return services;
    }
}
