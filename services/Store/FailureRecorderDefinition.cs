using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.ServiceDefaults;

namespace Newspipe.Store;

/// <summary>Queue <c>failure-recorder</c>: every stage's faults and unreadable files.</summary>
public sealed class FailureRecorderDefinition : ConsumerDefinition<FailureRecorder>
{
    private readonly BusOptions options;

    public FailureRecorderDefinition(IOptions<BusOptions> options)
    {
        this.options = options.Value;
        EndpointName = PipelineQueues.Failures;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<FailureRecorder> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UsePipelineRetry(options);
}
