using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>Queue <c>enrich-article</c>, shared by every Enrich worker (competing consumers).</summary>
public sealed class EnrichArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<EnrichArticleConsumer>(settings, PipelineQueues.Enrich);
