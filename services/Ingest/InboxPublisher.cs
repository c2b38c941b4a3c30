using System.Diagnostics;
using MassTransit;
using Newspipe.Contracts;
using Newspipe.Ingestion;
using Newspipe.ServiceDefaults;

namespace Newspipe.Ingest;

/// <summary>
/// Turns one claimed inbox file into messages. The file leaves the inbox only after every message is safe (the broker
/// confirmed it, or on the in-memory transport the article was stored or its failure recorded), so a crash at any
/// point leaves it to be read again, never lost. A file that cannot be read goes to failed/ and is reported as an
/// <see cref="ArticleFailed"/> for the failures store.
/// </summary>
public sealed class InboxPublisher(
    ArticleFileReader reader,
    Inbox inbox,
    IBus bus,
    ArticleBodies bodies,
    ArticleHandoff handoff,
    StageCounters counters,
    ILogger<InboxPublisher> logger)
{
    public async Task PublishAsync(InboxFile file, CancellationToken cancellationToken)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("ingest file");
        activity?.SetTag("newspipe.source", file.Name);
        var count = counters["ingest"];
        count.Started(retry: false);
        var failed = true;
        try
        {
            await PublishDocumentsAsync(file, activity, cancellationToken);
            failed = false;
        }
        finally
        {
            count.Finished(failed);
        }
    }

    private async Task PublishDocumentsAsync(InboxFile file, Activity? activity, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;

        IReadOnlyList<SourceDocument> documents;
        try
        {
            documents = reader.Read(file.Path, file.Name);
        }
        catch (ArticleFileException failure)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.Reason);
            await RejectAsync(file, failure, cancellationToken);
            return;
        }
        catch (FileNotReadyException notReady)
        {
            // Still being written: back to the inbox, read again once it has settled.
            Log.NotReady(logger, PrintableText.Escape(file.Name), PrintableText.Escape(notReady.Reason));
            await file.ReleaseAsync(cancellationToken);
            return;
        }

        var ingestedAt = DateTimeOffset.UtcNow;
        var safe = handoff.ExpectAsync(documents.Select(d => d.ArticleId).ToList(), cancellationToken);
        foreach (var document in documents)
        {
            var (content, address) = await bodies.ShipAsync(document.Content, cancellationToken);
            using (ArticleTrace.Start("ingest", document.ArticleId, document.Name))
            {
                var hop = StageJourney.Hop("ingest", sentAt: null, startedAt, DateTimeOffset.UtcNow, attempts: 1);
                await bus.Publish(ToMessage(document, content, address, ingestedAt) with { Journey = [hop] }, cancellationToken);
            }

            Log.Ingested(logger, document.ArticleId, PrintableText.Escape(document.Name), document.Format, document.Encoding);
        }

        if (!await safe)
        {
            throw new TimeoutException($"The articles of {file.Name} were neither stored nor failed in time");
        }

        await file.CompleteAsync(cancellationToken);
        PipelineTelemetry.ArticlesProcessed.Add(documents.Count, new KeyValuePair<string, object?>("stage", "ingest"));
    }

    // The file goes to failed/ first, so the failure names where it lies; if the broker cannot take the report, the
    // file goes back into the inbox to be read (and reported) again later, so a failure is never lost unrecorded.
    private async Task RejectAsync(InboxFile file, ArticleFileException failure, CancellationToken cancellationToken)
    {
        var failedFile = await file.FailAsync(failure.Reason, cancellationToken);
        Log.Rejected(logger, PrintableText.Escape(file.Name), PrintableText.Escape(failure.Reason));
        if (failedFile is null)
        {
            return;
        }

        try
        {
            await bus.Publish(
                new ArticleFailed
                {
                    SourceName = file.Name,
                    Stage = "ingest",
                    Reason = failure.Message,
                    FailedAt = DateTimeOffset.UtcNow,
                    ExceptionType = failure.GetType().FullName,
                    StackTrace = failure.ToString(),
                    Attempts = 1,
                    TraceId = Activity.Current?.TraceId.ToHexString(),
                    Process = FailureReport.ProcessName,
                    FailedFile = failedFile,
                },
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.PublishFailed(logger, exception, PrintableText.Escape(file.Name));
            inbox.ReturnFailed(failedFile, file.Name);
        }
    }

    private static ArticleIngested ToMessage(SourceDocument document, string content, string? address, DateTimeOffset ingestedAt) => new()
    {
        ArticleId = document.ArticleId,
        SourceName = document.Name,
        Format = document.Format,
        Content = content,
        ContentAddress = address,
        ContentHash = document.ContentHash,
        Encoding = document.Encoding,
        Metadata = document.Metadata(),
        IngestedAt = ingestedAt,
        Notes = document.Notes.Count > 0 ? document.Notes : null,
    };
}
