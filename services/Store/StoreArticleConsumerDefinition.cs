using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>
/// Queue <c>store-article</c>. Storing mostly waits on the database, so several articles per core are in flight; in
/// the embedded host sixteen, for the same reason as Enrich's eight there: the articles waiting for the one SQLite
/// writer are written in one transaction.
/// </summary>
public sealed class StoreArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<StoreArticleConsumer>(settings, PipelineQueues.Store)
{
    protected override int DefaultConcurrency => (InProcess ? 16 : 4) * Environment.ProcessorCount;
}
