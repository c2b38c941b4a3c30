using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>
/// Keeps each message this process publishes for a stage, with when it was sent, until the stage takes it
/// (<see cref="StageCount.Waiting"/>, <see cref="StageCount.OldestWaitingSince"/>): the stages' queues when they run in
/// this process, on the in-memory transport. The time is noted before the message is sent: the in-memory transport can
/// deliver it before the publish returns.
/// </summary>
internal sealed class StagePublishObserver(StageCounters counters, TimeProvider time) : IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (StageOf(context.Message) is { } stage && context.MessageId is { } id)
        {
            counters[stage].Sending(id, time.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class
    {
        if (StageOf(context.Message) is { } stage && context.MessageId is { } id)
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
