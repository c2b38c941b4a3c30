namespace Newspipe.ServiceDefaults;

/// <summary>
/// The in-memory transport's queues, as this process counts them: published for a stage and not yet taken, and when
/// the oldest of those was sent. Every stage runs here, so the counts are the whole pipeline's; each endpoint has its
/// one in-process consumer.
/// </summary>
public sealed class InProcessQueueGauge(StageCounters counters) : IQueueGauge
{
    public Task<IReadOnlyList<QueueFigures>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QueueFigures>>(PipelineQueues.Stages
            .Select(queue =>
            {
                var count = counters[PipelineQueues.StageOf(queue)];
                return new QueueFigures(queue, PipelineQueues.StageOf(queue), count.Waiting, 1, count.OldestWaitingSince, null, null);
            })
            .ToList());
}
