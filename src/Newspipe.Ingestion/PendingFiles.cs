namespace Newspipe.Ingestion;

/// <summary>
/// Files seen in the inbox but not yet settled. Each is looked at again one settle time after it was last seen to
/// change; since that delay is the same for all, a plain queue keeps them in due order.
/// </summary>
internal sealed class PendingFiles(TimeSpan settleTime)
{
    private readonly Dictionary<string, PendingObservation> observations = new(StringComparer.Ordinal);
    private readonly Queue<(string Name, DateTimeOffset Due)> queue = new();

    public int Count => observations.Count;

    public DateTimeOffset? NextDue => queue.TryPeek(out var head) ? head.Due : null;

    public bool Contains(string name) => observations.ContainsKey(name);

    /// <summary>Starts watching a file unless it is already watched; true if it was new.</summary>
    public bool Observe(string name, long length, DateTime lastWriteUtc, DateTimeOffset now)
    {
        if (observations.ContainsKey(name))
        {
            return false;
        }

        Schedule(name, length, lastWriteUtc, now);
        return true;
    }

    /// <summary>Watches a taken file again, e.g. because it changed since it was last seen.</summary>
    public void Schedule(string name, long length, DateTime lastWriteUtc, DateTimeOffset now)
    {
        var due = now + settleTime;
        observations[name] = new PendingObservation(length, lastWriteUtc, due);
        queue.Enqueue((name, due));
    }

    /// <summary>Takes the next file whose settle time has passed, with how it looked when last seen.</summary>
    public bool TryTakeDue(DateTimeOffset now, out string name, out PendingObservation observation)
    {
        while (queue.TryPeek(out var head) && head.Due <= now)
        {
            queue.Dequeue();
            if (observations.TryGetValue(head.Name, out observation) && observation.Due == head.Due)
            {
                observations.Remove(head.Name);
                name = head.Name;
                return true;
            }
        }

        name = string.Empty;
        observation = default;
        return false;
    }
}
