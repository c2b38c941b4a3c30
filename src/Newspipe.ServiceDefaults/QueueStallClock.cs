namespace Newspipe.ServiceDefaults;

/// <summary>
/// How long each queue has been without a consumer, from successive looks at the broker. A queue that shows a
/// consumer, or a look that could not reach the broker, starts its clock again.
/// </summary>
public sealed class QueueStallClock
{
    private readonly Dictionary<string, (DateTimeOffset Since, uint Messages)> noConsumer = new(StringComparer.Ordinal);

    /// <summary>Takes one look (null: the broker did not answer) and returns the queues with no consumer since at least <paramref name="minimum"/>.</summary>
    public IReadOnlyList<StalledQueue> Observe(IReadOnlyList<QueueState>? states, DateTimeOffset now, TimeSpan minimum)
    {
        if (states is null)
        {
            noConsumer.Clear();
            return [];
        }

        foreach (var queue in noConsumer.Keys.Except(states.Select(s => s.Queue), StringComparer.Ordinal).ToList())
        {
            noConsumer.Remove(queue);
        }

        foreach (var state in states)
        {
            if (state.Consumers > 0)
            {
                noConsumer.Remove(state.Queue);
            }
            else
            {
                noConsumer[state.Queue] = (noConsumer.TryGetValue(state.Queue, out var seen) ? seen.Since : now, state.Messages);
            }
        }

        return noConsumer
            .Where(q => now - q.Value.Since >= minimum)
            .Select(q => new StalledQueue(q.Key, now - q.Value.Since, q.Value.Messages))
            .OrderBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Forgets every clock (after the bus was restarted, each queue gets the whole patience again).</summary>
    public void Reset() => noConsumer.Clear();
}
