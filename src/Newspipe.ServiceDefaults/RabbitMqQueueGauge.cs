namespace Newspipe.ServiceDefaults;

/// <summary>
/// The pipeline's queues on RabbitMQ, as the broker counts them (<see cref="BrokerQueues"/>: passive declare, no
/// management plugin): messages ready and consumers attached. When the management API is configured
/// (<see cref="BusOptions.RabbitMqManagementUrl"/>) it adds when each queue's oldest message was sent. A queue that
/// does not exist yet, or a broker that does not answer, is reported as a problem.
/// </summary>
internal sealed class RabbitMqQueueGauge(BrokerQueues broker, RabbitMqManagement? management = null) : IQueueGauge
{
    public async Task<IReadOnlyList<QueueFigures>> ReadAsync(CancellationToken cancellationToken)
    {
        var states = await broker.ProbeAsync(PipelineQueues.Stages, cancellationToken);
        HeadTimestamps? heads = null;
        if (management is not null && states is not null)
        {
            heads = await management.HeadTimestampsAsync(cancellationToken);
        }

        return PipelineQueues.Stages.Select(queue =>
        {
            var stage = PipelineQueues.StageOf(queue);
            if (states is null)
            {
                return new QueueFigures(queue, stage, null, null, null, null, "RabbitMQ does not answer");
            }

            if (states.FirstOrDefault(s => s.Queue == queue) is not { } state)
            {
                return new QueueFigures(queue, stage, null, 0, null, null, "the queue does not exist yet: its stage never started");
            }

            var (sentAt, ageUnknown) = state.Messages == 0 ? (null, null) : OldestOf(queue, heads);
            return new QueueFigures(queue, stage, state.Messages, (int)state.Consumers, sentAt, ageUnknown, null);
        }).ToList();
    }

    private (DateTimeOffset? SentAt, string? Unknown) OldestOf(string queue, HeadTimestamps? heads)
    {
        if (management is null)
        {
            return (null, "the age needs the RabbitMQ management API (Bus:RabbitMqManagementUrl)");
        }

        if (heads is null)
        {
            return (null, "the RabbitMQ management API does not answer");
        }

        return heads.SentAt.TryGetValue(queue, out var at)
            ? (at, null)
            : (null, "the broker has not reported this queue's oldest message yet");
    }
}
