namespace Newspipe.ServiceDefaults;

/// <summary>One stage's counts in this process since it started (see <see cref="StageCounters"/>).</summary>
public sealed class StageCount
{
    private long inFlight;
    private long taken;
    private long done;
    private long failedAttempts;
    private long retries;
    private long published;

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

    /// <summary>Messages this process published for the stage (its queue's input).</summary>
    public long Published => Interlocked.Read(ref published);

    /// <summary>Published for the stage but not yet taken by it: the queue in front of it, as far as this process sees.</summary>
    public long Waiting => Math.Max(0, Published - Taken);

    public void Started(bool retry)
    {
        Interlocked.Increment(ref inFlight);
        Interlocked.Increment(ref retry ? ref retries : ref taken);
    }

    public void Finished(bool failed)
    {
        Interlocked.Decrement(ref inFlight);
        Interlocked.Increment(ref failed ? ref failedAttempts : ref done);
    }

    public void Sent(int count) => Interlocked.Add(ref published, count);
}
