using MassTransit;
using Microsoft.Extensions.Options;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// What every stage's consumer definition says: its queue (from <see cref="PipelineQueues"/>), the shared retry and
/// concurrency settings (transient failures retried with backoff, permanent ones at once to the failures store), and
/// the fault-injection switch used by drills and tests.
/// </summary>
public abstract class PipelineConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly PipelineEndpointSettings settings;

    protected PipelineConsumerDefinition(PipelineEndpointSettings settings, string queue)
    {
        this.settings = settings;
        EndpointName = queue;
        Queue = queue;
        Stage = PipelineQueues.StageOf(queue);
    }

    /// <summary>The endpoint's queue.</summary>
    protected string Queue { get; }

    /// <summary>The stage name failures of this endpoint are recorded under.</summary>
    protected string Stage { get; }

    /// <summary>
    /// All stages in this process on the in-memory transport (the embedded host), where the ones that write share one
    /// SQLite writer; false when each stage is a service on RabbitMQ.
    /// </summary>
    protected bool InProcess => settings.Bus.Transport == TransportKind.InMemory;

    /// <summary>
    /// Messages one process handles at once when <c>Bus:ConcurrentMessageLimit</c> does not say: a stage that only
    /// computes gains nothing beyond one per core, one that waits on the database needs more to keep the cores busy.
    /// 0 leaves MassTransit's default.
    /// </summary>
    protected virtual int DefaultConcurrency => 0;

    /// <summary>Where a message this endpoint gives up on goes; by default, an <c>ArticleFailed</c> for the failures store.</summary>
    protected virtual void ConfigureFailures(IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseFailureCapture(Stage, Queue);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ConfigureFailures(endpointConfigurator);
        endpointConfigurator.UsePipelineRetry(settings.Bus, Stage, settings.Retries);
        var concurrency = settings.Bus.ConcurrentMessageLimit > 0 ? settings.Bus.ConcurrentMessageLimit : DefaultConcurrency;
        if (concurrency > 0)
        {
            // Twice as many fetched as handled: the next message is already here when one finishes.
            endpointConfigurator.ConcurrentMessageLimit = concurrency;
            endpointConfigurator.PrefetchCount = concurrency * 2;
        }

        if (settings.FaultInjection.AppliesTo(Stage))
        {
            consumerConfigurator.UseFilter(new InjectedFaultFilter<TConsumer>(settings.FaultInjection));
        }
    }
}
