using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// The pipeline's queues on RabbitMQ, by passive declare (AMQP itself, no management plugin): messages ready and
/// consumers attached. A queue that does not exist yet, or a broker that does not answer, is reported as a problem.
/// One connection is kept and opened again after it is lost.
/// </summary>
internal sealed class RabbitMqQueueGauge(RabbitMqConnection connection) : IQueueGauge, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? open;

    public async Task<IReadOnlyList<QueueFigures>> ReadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var amqp = await ConnectAsync(cancellationToken);
            var figures = new List<QueueFigures>();
            foreach (var queue in PipelineQueues.Stages)
            {
                figures.Add(await DeclarePassiveAsync(amqp, queue, cancellationToken));
            }

            return figures;
        }
        catch (Exception exception) when (exception is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException or TimeoutException)
        {
            await DropAsync();
            return PipelineQueues.Stages
                .Select(queue => new QueueFigures(queue, PipelineQueues.StageOf(queue), null, null, $"RabbitMQ did not answer: {exception.Message}"))
                .ToList();
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        gate.Dispose();
    }

    private static async Task<QueueFigures> DeclarePassiveAsync(IConnection amqp, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel: one channel per queue keeps the others readable.
        await using var channel = await amqp.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return new QueueFigures(queue, PipelineQueues.StageOf(queue), ok.MessageCount, (int)ok.ConsumerCount, null);
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            return new QueueFigures(queue, PipelineQueues.StageOf(queue), null, 0, "the queue does not exist yet: its stage never started");
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (open is { IsOpen: true })
        {
            return open;
        }

        await DropAsync();
        var factory = new ConnectionFactory
        {
            HostName = connection.Host,
            Port = connection.Port,
            VirtualHost = connection.VirtualHost,
            UserName = connection.Username,
            Password = connection.Password,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "newspipe-queue-gauge",
        };
        open = await factory.CreateConnectionAsync(cancellationToken);
        return open;
    }

    private async Task DropAsync()
    {
        if (open is not null)
        {
            try
            {
                await open.DisposeAsync();
            }
            catch (Exception exception) when (exception is AlreadyClosedException or IOException)
            {
                // Already gone; nothing to release.
            }

            open = null;
        }
    }
}
