using Microsoft.Extensions.Hosting;

namespace Newspipe.Storage;

/// <summary>Migrates the schema before the bus starts delivering messages (hosted services start in order).</summary>
internal sealed class StoreInitializer(StoreMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
