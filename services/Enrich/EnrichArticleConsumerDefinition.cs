using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>Queue <c>enrich-article</c>, shared by every Enrich worker (competing consumers).</summary>
public sealed class EnrichArticleConsumerDefinition : ConsumerDefinition<EnrichArticleConsumer>
{
    private readonly BusOptions options;

    public EnrichArticleConsumerDefinition(IOptions<BusOptions> options)
    {
        this.options = options.Value;
        EndpointName = PipelineQueues.Enrich;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<EnrichArticleConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UsePipelineRetry(options);
}
