using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>Queue <c>store-article</c>.</summary>
public sealed class StoreArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<StoreArticleConsumer>(settings, PipelineQueues.Store);
