using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Restarts the bus when its receive endpoints stay down long after the broker came back: a RabbitMQ restart while a
/// message is in flight can leave an endpoint without a consumer for good (the stage would look alive and take
/// nothing). It acts only while the broker answers, so an outage is left to MassTransit's own reconnecting; a restart
/// that fails is tried again at the next look.
/// </summary>
public sealed partial class ReceiveEndpointWatchdog(
    IBusControl bus, RabbitMqConnection broker, TimeProvider time, ILogger<ReceiveEndpointWatchdog> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitUntilReadyAsync(stoppingToken);
        DateTimeOffset? downSince = null;
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var health = bus.CheckHealth();
            if (health.Status == BusHealthStatus.Healthy)
            {
                downSince = null;
                continue;
            }

            downSince ??= time.GetUtcNow();
            if (time.GetUtcNow() - downSince >= Patience && await BrokerAnswersAsync(stoppingToken))
            {
                await RestartAsync(health.Description, stoppingToken);
                downSince = null;
            }
        }
    }

    private async Task RestartAsync(string description, CancellationToken stoppingToken)
    {
        Restarting(logger, Patience.TotalSeconds, description);
        try
        {
            await bus.StopAsync(stoppingToken);
            await bus.StartAsync(stoppingToken);
            await bus.WaitUntilReadyAsync(stoppingToken);
            Restarted(logger);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RestartFailed(logger, exception);
        }
    }

    private async Task<bool> BrokerAnswersAsync(CancellationToken stoppingToken)
    {
        using var client = new System.Net.Sockets.TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(broker.Host, broker.Port, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is System.Net.Sockets.SocketException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receive endpoints down for {Seconds} s ({Description}); restarting the bus")]
    private static partial void Restarting(ILogger logger, double seconds, string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bus restarted; every receive endpoint is up")]
    private static partial void Restarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bus could not be restarted; trying again at the next look")]
    private static partial void RestartFailed(ILogger logger, Exception exception);
}
