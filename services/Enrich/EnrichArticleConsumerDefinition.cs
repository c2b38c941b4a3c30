using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>Queue <c>enrich-article</c>, shared by every Enrich worker (competing consumers).</summary>
public sealed class EnrichArticleConsumerDefinition(IOptions<BusOptions> options)
    : PipelineConsumerDefinition<EnrichArticleConsumer>(options, PipelineQueues.Enrich);
