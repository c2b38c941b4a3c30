using Newspipe.Cleaning;

namespace Newspipe.Clean;

/// <summary>
/// Compiles the cleaner's patterns and parser before the bus starts (hosted services start in order), so the first
/// articles after a start are not seconds slower than the rest.
/// </summary>
internal sealed class CleanerWarmUp(ArticleCleaner cleaner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(cleaner.WarmUp, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
