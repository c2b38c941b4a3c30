using System.Collections.Concurrent;
using MassTransit;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// The queues this process consumes, as MassTransit reports its receive endpoints ready, so the
/// <see cref="ConsumerWatchdog"/> knows which queues must show a consumer on the broker.
/// </summary>
public sealed class ConsumingEndpoints : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, bool> queues = new(StringComparer.Ordinal);

    /// <summary>The queue names of the endpoints that have been ready at least once, in name order.</summary>
    public IReadOnlyList<string> Queues => queues.Keys.Order(StringComparer.Ordinal).ToList();

    public Task Ready(ReceiveEndpointReady ready)
    {
        // Temporary endpoints (the bus's own reply queue) come and go with the connection: not a stage's queue.
        if (!ready.InputAddress.Query.Contains("temporary=true", StringComparison.Ordinal))
        {
            queues.TryAdd(ready.InputAddress.AbsolutePath.Split('/')[^1], true);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
