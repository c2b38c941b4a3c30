using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Restarts the bus when a queue this process consumes has had no consumer on the broker for
/// <see cref="Patience"/> while the broker answers. A RabbitMQ restart with a message in flight can leave a
/// MassTransit 8.5 receive endpoint without a consumer while the bus still reports itself healthy: the stage would
/// look alive and take nothing. The count comes from the broker (<see cref="BrokerQueues"/>), not from the bus.
/// Several workers on one queue hide one stuck worker behind the others (the queue still drains); a queue with no
/// consumer at all is always seen. <c>/health</c> is Unhealthy while a queue has no consumer (see <see cref="Stalled"/>).
/// </summary>
public sealed partial class ConsumerWatchdog(
    IBusControl bus,
    ConsumingEndpoints endpoints,
    BrokerQueues broker,
    TimeProvider time,
    ILogger<ConsumerWatchdog> logger) : BackgroundService
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);

    private readonly QueueStallClock clock = new();
    private IReadOnlyList<StalledQueue> stalled = [];

    /// <summary>The queues of this process that have had no consumer on the broker for a while, as of the latest look.</summary>
    public IReadOnlyList<StalledQueue> Stalled => Volatile.Read(ref stalled);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitUntilReadyAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // A broker that does not answer gives null: reconnecting is MassTransit's job, the clocks start once it answers.
            var states = await broker.ProbeAsync(endpoints.Queues, stoppingToken);
            var current = clock.Observe(states, time.GetUtcNow(), Interval);
            Volatile.Write(ref stalled, current);
            if (current.Any(q => q.For >= Patience))
            {
                await RestartBusAsync(current, stoppingToken);
                clock.Reset();
                Volatile.Write(ref stalled, []);
            }
        }
    }

    private async Task RestartBusAsync(IReadOnlyList<StalledQueue> queues, CancellationToken stoppingToken)
    {
        var names = string.Join(", ", queues.Select(q => $"{q.Queue} ({q.Messages} waiting)"));
        Restarting(logger, names, Patience.TotalSeconds);
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            limit.CancelAfter(StopLimit);
            try
            {
                await bus.StopAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // A consumer stuck on the dead channel never finishes; its message is redelivered by the broker anyway.
                StopTimedOut(logger, StopLimit.TotalSeconds);
            }

            await bus.StartAsync(stoppingToken);
            await bus.WaitUntilReadyAsync(stoppingToken);
            Restarted(logger);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RestartFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No consumer on {Queues} for {Seconds} s while RabbitMQ answers; restarting the bus")]
    private static partial void Restarting(ILogger logger, string queues, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bus did not stop within {Seconds} s; starting it again anyway")]
    private static partial void StopTimedOut(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bus restarted; every receive endpoint is up")]
    private static partial void Restarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bus could not be restarted; trying again at the next look")]
    private static partial void RestartFailed(ILogger logger, Exception exception);
}
