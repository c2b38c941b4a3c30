using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Logging;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// The stage telemetry every consumer would otherwise repeat, once for every endpoint: a span named after the stage
/// with the article id (MassTransit's own consume span lacks both), the work time, the processed counter, the counts
/// the pipeline view shows (<see cref="StageCounters"/>) and the "done" log line. Messages on queues that are no
/// pipeline stage's (the embedded host's console printer) pass through untouched.
/// </summary>
public sealed class StageTelemetryFilter<T>(StageCounters counters, ILogger<StageTelemetryFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var stage = StageOf(context.ReceiveContext.InputAddress);
        if (stage is null)
        {
            await next.Send(context);
            return;
        }

        var articleId = ArticleIdOf(context.Message);
        using var activity = PipelineTelemetry.Source.StartActivity(stage);
        activity?.SetTag("newspipe.stage", stage);
        activity?.SetTag("newspipe.article_id", articleId);
        var count = counters[stage];
        var retry = context.GetRetryAttempt() > 0 || context.GetRedeliveryCount() > 0;
        count.Started(retry, context.MessageId);
        StageVisit.Current = new StageVisit(stage, DateTimeOffset.UtcNow);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next.Send(context);
        }
        catch (Exception exception)
        {
            count.Finished(failed: true);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            StageVisit.Current = null;
        }

        count.Finished(failed: false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var tag = new KeyValuePair<string, object?>("stage", stage);
        PipelineTelemetry.StageDuration.Record(elapsed, tag);
        PipelineTelemetry.ArticlesProcessed.Add(1, tag);
        StageLog.Done(logger, stage, articleId, elapsed);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("newspipe-stage-telemetry");

    private static string? StageOf(Uri? inputAddress)
    {
        var queue = inputAddress?.Segments.LastOrDefault()?.Trim('/');
        return queue is PipelineQueues.Clean or PipelineQueues.Enrich or PipelineQueues.Store or PipelineQueues.Failures or PipelineQueues.IngestReplay
            ? PipelineQueues.StageOf(queue)
            : null;
    }

    private static Guid? ArticleIdOf(T message) => message switch
    {
        ArticleIngested m => m.ArticleId,
        ArticleCleaned m => m.ArticleId,
        ArticleEnriched m => m.ArticleId,
        ArticleFailed m => m.ArticleId,
        _ => null,
    };
}
