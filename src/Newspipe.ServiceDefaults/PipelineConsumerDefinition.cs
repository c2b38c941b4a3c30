using MassTransit;
using Microsoft.Extensions.Options;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// What every stage's consumer definition says: its queue (from <see cref="PipelineQueues"/>), the shared retry and
/// concurrency settings, and which exceptions are permanent (no retry can fix them: they fault at once).
/// </summary>
public abstract class PipelineConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly BusOptions options;

    protected PipelineConsumerDefinition(IOptions<BusOptions> options, string queue)
    {
        this.options = options.Value;
        EndpointName = queue;
    }

    /// <summary>Marks permanent exceptions with <c>retry.Ignore&lt;T&gt;()</c>; none by default.</summary>
    protected virtual void IgnorePermanentFailures(IRetryConfigurator retry)
    {
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UsePipelineRetry(options, IgnorePermanentFailures);
}
