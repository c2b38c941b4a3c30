namespace Newspipe.Dashboard.Pipeline;

/// <summary>
/// One stage: articles it finished and failures recorded for it in the last minute (from the store, so the same in
/// every process), what this process sees of it (messages in flight, retrying now; null when the stage runs in
/// another process), the queue in front of it (null for Ingest, which reads files), and why it looks stalled.
/// </summary>
public sealed record StageView(
    string Stage,
    int ProcessedPerMinute,
    int FailedPerMinute,
    long? InFlight,
    int? Retrying,
    QueueView? Queue,
    IReadOnlyList<string> Stalls);
