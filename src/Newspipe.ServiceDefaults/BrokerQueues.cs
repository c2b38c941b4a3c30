using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Asks RabbitMQ how many messages wait in a queue and how many consumers it has (a passive declare: it creates
/// nothing), over a connection of its own, so the answer is the broker's and not what the bus believes of itself.
/// </summary>
public sealed class BrokerQueues(RabbitMqConnection broker) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;

    /// <summary>The state of each queue, or null when the broker cannot be reached; a queue that does not exist is left out.</summary>
    public async Task<IReadOnlyList<QueueState>?> ProbeAsync(IEnumerable<string> queues, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var states = new List<QueueState>();
            foreach (var queue in queues)
            {
                // A passive declare of a missing queue closes the channel, so each queue gets its own.
                await using var channel = await OpenChannelAsync(cancellationToken);
                try
                {
                    var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
                    states.Add(new QueueState(queue, declared.MessageCount, declared.ConsumerCount));
                }
                catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.NotFound)
                {
                }
            }

            return states;
        }
        catch (Exception exception) when (exception is BrokerUnreachableException or AlreadyClosedException
            or OperationInterruptedException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await DropConnectionAsync();
            return null;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        gate.Dispose();
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        if (connection is not { IsOpen: true })
        {
            await DropConnectionAsync();
            var factory = new ConnectionFactory
            {
                HostName = broker.Host,
                Port = broker.Port,
                VirtualHost = broker.VirtualHost,
                UserName = broker.Username,
                Password = broker.Password,
                ClientProvidedName = "newspipe-queue-probe",
                AutomaticRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            };
            connection = await factory.CreateConnectionAsync(cancellationToken);
        }

        return await connection.CreateChannelAsync(cancellationToken: cancellationToken);
    }

    private async Task DropConnectionAsync()
    {
        if (connection is not null)
        {
            try
            {
                await connection.DisposeAsync();
            }
            catch (Exception exception) when (exception is AlreadyClosedException or IOException or OperationInterruptedException)
            {
            }

            connection = null;
        }
    }
}
