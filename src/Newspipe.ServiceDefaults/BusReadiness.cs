using MassTransit;

namespace Newspipe.ServiceDefaults;

/// <summary>Waiting for the bus before publishing: on the in-memory transport a message sent earlier has no queue to go to.</summary>
public static class BusReadiness
{
    /// <summary>Completes once every receive endpoint of the bus is up.</summary>
    public static async Task WaitUntilReadyAsync(this IBusControl bus, CancellationToken cancellationToken)
    {
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
