namespace Newspipe.ServiceDefaults;

/// <summary>Reads the pipeline's queues (<see cref="PipelineQueues"/>) on whichever transport the bus runs.</summary>
public interface IQueueGauge
{
    /// <summary>The queues of clean, enrich, store and the failure recorder, in pipeline order.</summary>
    Task<IReadOnlyList<QueueFigures>> ReadAsync(CancellationToken cancellationToken);
}
