using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>Queue <c>store-article</c>.</summary>
public sealed class StoreArticleConsumerDefinition(IOptions<BusOptions> options)
    : PipelineConsumerDefinition<StoreArticleConsumer>(options, PipelineQueues.Store);
