namespace Newspipe.ServiceDefaults;

/// <summary>
/// The in-memory transport's queues, as this process counts them: published for a stage and not yet taken. Every
/// stage runs here, so the counts are the whole pipeline's; each endpoint has its one in-process consumer.
/// </summary>
internal sealed class InProcessQueueGauge(StageCounters counters) : IQueueGauge
{
    public Task<IReadOnlyList<QueueFigures>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QueueFigures>>(PipelineQueues.Stages
            .Select(queue => new QueueFigures(queue, PipelineQueues.StageOf(queue), counters[PipelineQueues.StageOf(queue)].Waiting, 1, null))
            .ToList());
}
