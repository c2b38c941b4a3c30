namespace Newspipe.ServiceDefaults;

/// <summary>
/// The pipeline's queues on RabbitMQ, as the broker counts them (<see cref="BrokerQueues"/>: passive declare, no
/// management plugin): messages ready and consumers attached. A queue that does not exist yet, or a broker that does
/// not answer, is reported as a problem.
/// </summary>
internal sealed class RabbitMqQueueGauge(BrokerQueues broker) : IQueueGauge
{
    public async Task<IReadOnlyList<QueueFigures>> ReadAsync(CancellationToken cancellationToken)
    {
        var states = await broker.ProbeAsync(PipelineQueues.Stages, cancellationToken);
        return PipelineQueues.Stages.Select(queue =>
        {
            var stage = PipelineQueues.StageOf(queue);
            if (states is null)
            {
                return new QueueFigures(queue, stage, null, null, "RabbitMQ does not answer");
            }

            return states.FirstOrDefault(s => s.Queue == queue) is { } state
                ? new QueueFigures(queue, stage, state.Messages, (int)state.Consumers, null)
                : new QueueFigures(queue, stage, null, 0, "the queue does not exist yet: its stage never started");
        }).ToList();
    }
}
