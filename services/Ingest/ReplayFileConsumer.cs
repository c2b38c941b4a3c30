using MassTransit;
using Newspipe.Contracts;
using Newspipe.Ingestion;
using Newspipe.ServiceDefaults;

namespace Newspipe.Ingest;

/// <summary>
/// A replay of a file Ingest could not read: the file goes back from failed/ into the inbox and is read again. A file
/// that is gone from failed/ is reported against the same failure, which then comes back with its repeat count raised.
/// </summary>
public sealed class ReplayFileConsumer(Inbox inbox, ILogger<ReplayFileConsumer> logger) : IConsumer<FileReplayRequested>
{
    public async Task Consume(ConsumeContext<FileReplayRequested> context)
    {
        var request = context.Message;
        try
        {
            var name = inbox.ReturnFailed(request.FailedFile, request.SourceName);
            Log.FileReplayed(logger, PrintableText.Escape(request.FailedFile), PrintableText.Escape(name));
        }
        catch (FileNotFoundException exception)
        {
            await context.Publish(
                new ArticleFailed
                {
                    SourceName = request.SourceName,
                    Stage = "ingest",
                    Reason = $"{request.SourceName} cannot be replayed: {exception.Message}",
                    FailedAt = DateTimeOffset.UtcNow,
                    ExceptionType = exception.GetType().FullName,
                    ReplayOf = request.FailureId,
                },
                context.CancellationToken);
        }
    }
}
