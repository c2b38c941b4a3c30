using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>Queue <c>store-article</c>.</summary>
public sealed class StoreArticleConsumerDefinition : ConsumerDefinition<StoreArticleConsumer>
{
    private readonly BusOptions options;

    public StoreArticleConsumerDefinition(IOptions<BusOptions> options)
    {
        this.options = options.Value;
        EndpointName = PipelineQueues.Store;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StoreArticleConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UsePipelineRetry(options);
}
