using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Counts the messages this process publishes for each stage (<see cref="StageCount.Published"/>) and keeps when each
/// was sent until the stage takes it (<see cref="StageCount.OldestWaitingSince"/>), when the stages run in this process
/// (<paramref name="noteSendTimes"/>: the in-memory transport). The time is noted before the message is sent: the
/// in-memory transport can deliver it before the publish returns.
/// </summary>
internal sealed class StagePublishObserver(StageCounters counters, TimeProvider time, bool noteSendTimes) : IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (noteSendTimes && StageOf(context.Message) is { } stage && context.MessageId is { } id)
        {
            counters[stage].Sending(id, time.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        if (StageOf(context.Message) is { } stage)
        {
            counters[stage].Sent(1);
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class
    {
        if (noteSendTimes && StageOf(context.Message) is { } stage && context.MessageId is { } id)
        {
            counters[stage].NotSent(id);
        }

        return Task.CompletedTask;
    }

    private static string? StageOf(object message) => message switch
    {
        ArticleIngested => "clean",
        ArticleCleaned => "enrich",
        ArticleEnriched => "store",
        _ => null,
    };
}
