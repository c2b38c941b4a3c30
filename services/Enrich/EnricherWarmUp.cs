using Newspipe.Enrichment;

namespace Newspipe.Enrich;

/// <summary>
/// Loads the language models and gazetteers before the bus starts (hosted services start in order), so the first
/// article is not seconds slower than the rest.
/// </summary>
internal sealed class EnricherWarmUp(ArticleEnricher enricher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(enricher.WarmUp, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
