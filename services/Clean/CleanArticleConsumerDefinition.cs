using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.Cleaning;
using Newspipe.ServiceDefaults;

namespace Newspipe.Clean;

/// <summary>Queue <c>clean-article</c>; content that cannot yield an article faults at once instead of retrying.</summary>
public sealed class CleanArticleConsumerDefinition : ConsumerDefinition<CleanArticleConsumer>
{
    private readonly BusOptions options;

    public CleanArticleConsumerDefinition(IOptions<BusOptions> options)
    {
        this.options = options.Value;
        EndpointName = PipelineQueues.Clean;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CleanArticleConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UsePipelineRetry(options, retry => retry.Ignore<CleaningException>());
}
