using System.Diagnostics;
using MassTransit;
using Newspipe.Contracts;
using Newspipe.Ingestion;
using Newspipe.ServiceDefaults;

namespace Newspipe.Ingest;

/// <summary>
/// Turns one claimed inbox file into messages. The file leaves the inbox only after every message is safe (the broker
/// confirmed it, or on the in-memory transport the article was stored), so a crash at any point leaves it to be read
/// again, never lost.
/// </summary>
public sealed class InboxPublisher(
    ArticleFileReader reader, IBus bus, ArticleBodies bodies, ArticleHandoff handoff, ILogger<InboxPublisher> logger)
{
    public async Task PublishAsync(InboxFile file, CancellationToken cancellationToken)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("ingest");
        activity?.SetTag("newspipe.source", file.Name);

        IReadOnlyList<SourceDocument> documents;
        try
        {
            documents = reader.Read(file.Path, file.Name);
        }
        catch (ArticleFileException failure)
        {
            await bus.Publish(
                new ArticleFailed { SourceName = file.Name, Stage = "ingest", Reason = failure.Reason, FailedAt = DateTimeOffset.UtcNow },
                cancellationToken);
            await file.FailAsync(failure.Reason, cancellationToken);
            activity?.SetStatus(ActivityStatusCode.Error, failure.Reason);
            Log.Rejected(logger, file.Name, failure.Reason);
            return;
        }

        var ingestedAt = DateTimeOffset.UtcNow;
        var safe = handoff.ExpectAsync(documents.Select(d => d.ArticleId).ToList(), cancellationToken);
        foreach (var document in documents)
        {
            var (content, address) = await bodies.ShipAsync(document.Content, cancellationToken);
            await bus.Publish(ToMessage(document, content, address, ingestedAt), cancellationToken);
            Log.Ingested(logger, document.ArticleId, document.Name, document.Format, document.Encoding);
        }

        await safe;
        await file.CompleteAsync(cancellationToken);
        PipelineTelemetry.ArticlesProcessed.Add(documents.Count, new KeyValuePair<string, object?>("stage", "ingest"));
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
    };
}
