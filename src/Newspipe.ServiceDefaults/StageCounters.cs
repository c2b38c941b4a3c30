using System.Collections.Concurrent;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// What this process's stages are doing right now, kept by <see cref="StageTelemetryFilter{T}"/> (and Ingest):
/// messages in flight, taken, done, failed attempts and retries per stage, and (on the in-memory transport) the messages
/// published for each stage and not yet taken.
/// In the embedded host (one process, in-memory transport) that is the whole pipeline's state; a distributed service
/// knows only its own stage.
/// </summary>
public sealed class StageCounters
{
    private readonly ConcurrentDictionary<string, StageCount> stages = new(StringComparer.Ordinal);

    /// <summary>The counts of one stage (created on first use).</summary>
    public StageCount this[string stage] => stages.GetOrAdd(stage, _ => new StageCount());

    /// <summary>Whether this process has run or fed the stage at all.</summary>
    public bool Knows(string stage) => stages.ContainsKey(stage);
}
