using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.Ingestion;
using Newspipe.ServiceDefaults;

namespace Newspipe.Ingest;

/// <summary>Watches the inbox and publishes each ready file; a few files at a time so one slow file does not stall the rest.</summary>
public sealed class InboxWorker(
    Inbox inbox,
    InboxPublisher publisher,
    IBusControl bus,
    InboxOptions options,
    IOptions<BusOptions> busOptions,
    ILogger<InboxWorker> logger) : BackgroundService
{
    // Enough files in flight to keep the stages busy when each waits for its articles to be safe. In the embedded host
    // a file waits until its articles are stored, so fewer than the Enrich and Store stages there take at once would
    // leave them idle; a service on RabbitMQ waits only for the broker's confirm.
    private int FilesAtOnce => busOptions.Value.Transport == TransportKind.InMemory ? 64 : 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Nothing is published before every receive endpoint is up: on the in-memory transport a message sent earlier
        // has no queue yet and is lost, and its file would wait for an article that never arrives.
        await bus.WaitUntilReadyAsync(stoppingToken);
        Log.Watching(logger, Path.GetFullPath(options.Path));
        await Parallel.ForEachAsync(
            inbox.WatchAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = FilesAtOnce, CancellationToken = stoppingToken },
            async (file, token) =>
            {
                try
                {
                    await publisher.PublishAsync(file, token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The broker did not confirm, or the articles never settled: the file goes back to the inbox for
                    // another try, never to processed/.
                    Log.PublishFailed(logger, exception, PrintableText.Escape(file.Name));
                    await file.ReleaseAsync(CancellationToken.None);
                }
            });
    }
}
