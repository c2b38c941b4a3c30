using Newspipe.Enrichment;

namespace Newspipe.Enrich;

/// <summary>
/// Loads the language models and gazetteers before the bus starts (hosted services start in order), so the first
/// article is not seconds slower than the rest.
/// </summary>
internal sealed class EnricherWarmUp(ArticleEnricher enricher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => enricher.Enrich("Warm-up", "The minister said on Monday in London that the talks would continue."), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
