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
    public static async Task<ArticleStore> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
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
        var store = services.GetRequiredService<ArticleStore>();
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
