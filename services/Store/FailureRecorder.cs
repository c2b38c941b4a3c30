using System.Text.Json;
using MassTransit;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Store;

/// <summary>
/// Keeps every failure where people can see and replay it: files Ingest could not read (<see cref="ArticleFailed"/>)
/// and messages a stage gave up on after its retries (MassTransit's <see cref="Fault{T}"/>, with the message itself).
/// </summary>
public sealed class FailureRecorder(ArticleStore store, ILogger<FailureRecorder> logger)
    : IConsumer<ArticleFailed>, IConsumer<Fault<ArticleIngested>>, IConsumer<Fault<ArticleCleaned>>, IConsumer<Fault<ArticleEnriched>>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task Consume(ConsumeContext<ArticleFailed> context)
    {
        var failed = context.Message;
        return RecordAsync(
            new FailureRecord
            {
                Id = context.MessageId ?? NewId.NextGuid(),
                ArticleId = failed.ArticleId,
                SourceName = failed.SourceName,
                Stage = failed.Stage,
                Reason = failed.Reason,
                FailedAt = failed.FailedAt.UtcDateTime,
            },
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context) =>
        RecordFaultAsync(context, "clean", context.Message.Message.ArticleId, context.Message.Message.SourceName);

    public Task Consume(ConsumeContext<Fault<ArticleCleaned>> context) =>
        RecordFaultAsync(context, "enrich", context.Message.Message.ArticleId, context.Message.Message.SourceName);

    public Task Consume(ConsumeContext<Fault<ArticleEnriched>> context) =>
        RecordFaultAsync(context, "store", context.Message.Message.ArticleId, context.Message.Message.SourceName);

    private Task RecordFaultAsync<T>(ConsumeContext<Fault<T>> context, string stage, Guid articleId, string sourceName)
        where T : class
    {
        var fault = context.Message;
        var exception = fault.Exceptions.FirstOrDefault();
        return RecordAsync(
            new FailureRecord
            {
                Id = fault.FaultId,
                ArticleId = articleId,
                SourceName = sourceName,
                Stage = stage,
                Reason = exception is null ? "unknown error" : $"{exception.Message} ({exception.ExceptionType})",
                MessageType = typeof(T).FullName,
                Payload = JsonSerializer.Serialize(fault.Message, Json),
                FailedAt = fault.Timestamp.ToUniversalTime(),
            },
            context.CancellationToken);
    }

    private async Task RecordAsync(FailureRecord failure, CancellationToken cancellationToken)
    {
        await store.RecordFailureAsync(failure, cancellationToken);
        PipelineTelemetry.ArticlesFailed.Add(1, new KeyValuePair<string, object?>("stage", failure.Stage));
        Log.Failure(logger, failure.Stage, failure.SourceName, failure.Reason);
    }
}
