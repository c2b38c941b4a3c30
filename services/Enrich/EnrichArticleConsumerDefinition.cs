using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>
/// Queue <c>enrich-article</c>, shared by every Enrich worker (competing consumers). Two articles per core: while one
/// waits for the story index in the database, the other computes.
/// </summary>
public sealed class EnrichArticleConsumerDefinition(PipelineEndpointSettings settings)
    : PipelineConsumerDefinition<EnrichArticleConsumer>(settings, PipelineQueues.Enrich)
{
    protected override int DefaultConcurrency => 2 * Environment.ProcessorCount;
}
