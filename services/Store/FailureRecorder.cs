using MassTransit;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Store;

/// <summary>
/// Writes every failure of every stage into the one failures store (<see cref="ArticleFailed"/>: unreadable files,
/// and messages a stage gave up on, with body, headers and stack trace), then announces it.
/// </summary>
public sealed class FailureRecorder(FailureStore failures, ILogger<FailureRecorder> logger) : IConsumer<ArticleFailed>
{
    public async Task Consume(ConsumeContext<ArticleFailed> context)
    {
        var recorded = await failures.RecordAsync(context.Message, context.CancellationToken);
        var failure = recorded.Failure;
        if (!recorded.IsNew && failure.Status != FailureStatus.Unresolved)
        {
            return;
        }

        PipelineTelemetry.ArticlesFailed.Add(1, new KeyValuePair<string, object?>("stage", failure.Stage));
        Log.Failure(logger, failure.Stage, PrintableText.Escape(failure.SourceName), PrintableText.Escape(failure.Reason), failure.Id, failure.RepeatCount);
        await context.Publish(
            new FailureRecorded
            {
                FailureId = failure.Id,
                ArticleId = failure.ArticleId,
                SourceName = failure.SourceName,
                Stage = failure.Stage,
                Reason = failure.Reason,
                RepeatCount = failure.RepeatCount,
                RecordedAt = DateTimeOffset.UtcNow,
            },
            context.CancellationToken);
    }
}
