using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.ServiceDefaults;

/// <summary>Counts the messages this process publishes for each stage (<see cref="StageCount.Published"/>).</summary>
internal sealed class StagePublishObserver(StageCounters counters) : IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        var stage = context.Message switch
        {
            ArticleIngested => "clean",
            ArticleCleaned => "enrich",
            ArticleEnriched => "store",
            _ => null,
        };
        if (stage is not null)
        {
            counters[stage].Sent(1);
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
