using Microsoft.Extensions.Hosting;

namespace Newspipe.Storage;

/// <summary>Creates the schema before the bus starts delivering messages (hosted services start in order).</summary>
internal sealed class StoreInitializer(ArticleStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
