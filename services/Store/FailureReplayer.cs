using MassTransit;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Store;

/// <summary>
/// Sends the failures people asked to replay (CLI, API, dashboard: they only mark them in the store) back to the
/// queue of the stage that failed, with the <see cref="FailureReport.ReplayOfHeader"/> header; a failed file is sent
/// to Ingest to be read again from failed/. Each request is claimed by one replayer however many run, and the store
/// writes each article once however often it arrives.
/// </summary>
public sealed class FailureReplayer(FailureStore failures, IBus bus, ILogger<FailureReplayer> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (bus is IBusControl control)
        {
            await control.WaitUntilReadyAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await failures.ClaimReplaysAsync(100, stoppingToken);
                foreach (var failure in claimed)
                {
                    await ReplayAsync(failure, stoppingToken);
                }

                if (claimed.Count > 0)
                {
                    continue;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.ReplayPaused(logger, exception.Message);
            }

            await Task.Delay(PollInterval, stoppingToken);
        }
    }

    private async Task ReplayAsync(FailureRecord failure, CancellationToken cancellationToken)
    {
        if (failure.Payload is null && failure.FailedFile is not null)
        {
            await SendAsync(
                PipelineQueues.IngestReplay,
                new FileReplayRequested { FailureId = failure.Id, FailedFile = failure.FailedFile, SourceName = failure.SourceName },
                failure,
                cancellationToken);
            return;
        }

        var queue = failure.Queue ?? PipelineQueues.QueueOf(failure.Stage);
        var message = ReplayMessage.Read(failure.Payload, failure.MessageType);
        if (queue is null || !message.IsReadable)
        {
            var reason = queue is null ? $"stage {failure.Stage} has no queue to replay to" : message.Problem!;
            Log.NotReplayable(logger, failure.Id, reason);
            await failures.ReturnUnsentAsync(failure.Id, $"Replay failed: {reason}", cancellationToken);
            return;
        }

        await SendAsync(queue, message.Message!, failure, cancellationToken);
    }

    private async Task SendAsync(string queue, object message, FailureRecord failure, CancellationToken cancellationToken)
    {
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{queue}"));
        await endpoint.Send(
            message,
            message.GetType(),
            Pipe.Execute<SendContext>(context => context.Headers.Set(FailureReport.ReplayOfHeader, failure.Id.ToString())),
            cancellationToken);
        Log.Replayed(logger, failure.Id, failure.Stage, PrintableText.Escape(failure.SourceName), queue);
    }
}
