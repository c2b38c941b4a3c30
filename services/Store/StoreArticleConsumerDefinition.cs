using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>Queue <c>store-article</c>. Storing mostly waits on the database, so several articles per core are in flight.</summary>
public sealed class StoreArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<StoreArticleConsumer>(settings, PipelineQueues.Store)
{
    protected override int DefaultConcurrency => 4 * Environment.ProcessorCount;
}
