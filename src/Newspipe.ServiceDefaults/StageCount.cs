using System.Collections.Concurrent;

namespace Newspipe.ServiceDefaults;

/// <summary>One stage's counts in this process since it started (see <see cref="StageCounters"/>).</summary>
public sealed class StageCount
{
    private long inFlight;
    private long taken;
    private long done;
    private long failedAttempts;
    private long retries;

    // Messages published for the stage by this process (on the in-memory transport) and not yet taken, with the time
    // each was sent: the queue in front of the stage.
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> sentAt = new();

    /// <summary>Messages the stage is working on now.</summary>
    public long InFlight => Interlocked.Read(ref inFlight);

    /// <summary>Messages the stage took for the first time.</summary>
    public long Taken => Interlocked.Read(ref taken);

    /// <summary>Messages the stage finished.</summary>
    public long Done => Interlocked.Read(ref done);

    /// <summary>Attempts that ended in an exception (retried or given up).</summary>
    public long FailedAttempts => Interlocked.Read(ref failedAttempts);

    /// <summary>Attempts that were retries of an earlier one.</summary>
    public long Retries => Interlocked.Read(ref retries);

    /// <summary>Published for the stage but not yet taken by it: the queue in front of it, as far as this process sees.</summary>
    public long Waiting => sentAt.Count;

    /// <summary>
    /// When the oldest message this process published for the stage, and the stage has not taken yet, was sent; null
    /// when none waits. In the embedded host that is the age of the oldest message in the stage's queue.
    /// </summary>
    public DateTimeOffset? OldestWaitingSince
    {
        get
        {
            DateTimeOffset? oldest = null;
            foreach (var (_, at) in sentAt)
            {
                if (oldest is null || at < oldest)
                {
                    oldest = at;
                }
            }

            return oldest;
        }
    }

    public void Started(bool retry, Guid? messageId = null)
    {
        if (messageId is { } id)
        {
            sentAt.TryRemove(id, out _);
        }

        Interlocked.Increment(ref inFlight);
        Interlocked.Increment(ref retry ? ref retries : ref taken);
    }

    public void Finished(bool failed)
    {
        Interlocked.Decrement(ref inFlight);
        Interlocked.Increment(ref failed ? ref failedAttempts : ref done);
    }

    /// <summary>A message for the stage is about to be sent (before the transport can deliver it).</summary>
    public void Sending(Guid messageId, DateTimeOffset at) => sentAt.TryAdd(messageId, at);

    /// <summary>A message announced by <see cref="Sending"/> could not be sent.</summary>
    public void NotSent(Guid messageId) => sentAt.TryRemove(messageId, out _);
}
