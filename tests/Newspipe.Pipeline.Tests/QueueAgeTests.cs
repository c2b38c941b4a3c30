using System.Text.Json;
using MassTransit;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

/// <summary>
/// The age of the oldest message in a stage's queue: on the in-memory transport from this process's own publishes
/// (the embedded host), on RabbitMQ from the management API's answer.
/// </summary>
public sealed class QueueAgeTests
{
    [Fact]
    public async Task On_the_in_memory_transport_the_oldest_waiting_message_is_the_first_one_not_yet_taken()
    {
        await using var host = await StageHost.StartAsync(
            _ => { },
            bus =>
            {
                bus.AddConsumer<HeldCleanConsumer, HeldCleanConsumerDefinition>();
                bus.AddStagePublishCounting();
            });
        var count = host.Get<StageCounters>()["clean"];
        Assert.Null(count.OldestWaitingSince);

        // The stage takes one message at a time and holds the first: the second and third wait.
        var before = DateTimeOffset.UtcNow;
        await host.Harness.Bus.Publish(Messages.Ingested("first"));
        await Poll.UntilAsync(() => count.InFlight == 1);
        var secondSent = DateTimeOffset.UtcNow;
        await host.Harness.Bus.Publish(Messages.Ingested("second"));
        await Task.Delay(50);
        await host.Harness.Bus.Publish(Messages.Ingested("third"));

        Assert.Equal(2, count.Waiting);
        var oldest = count.OldestWaitingSince;
        Assert.NotNull(oldest);
        Assert.InRange(oldest.Value, secondSent, DateTimeOffset.UtcNow);
        Assert.True(oldest > before);
        var queues = await new InProcessQueueGauge(host.Get<StageCounters>()).ReadAsync(CancellationToken.None);
        var gauge = Assert.Single(queues, q => q.Stage == "clean");
        Assert.Equal((2L, oldest), (gauge.Depth, gauge.OldestSentAt));

        HeldCleanConsumer.Release();
        await Poll.UntilAsync(() => count.Done == 3);
        Assert.Equal(3, count.Done);
        Assert.Null(count.OldestWaitingSince);
    }

    [Fact]
    public void The_management_answer_gives_each_non_empty_queues_head_timestamp()
    {
        using var answer = JsonDocument.Parse("""
            [
              {"name": "clean-article", "head_message_timestamp": 1796000000},
              {"name": "enrich-article"},
              {"name": "store-article", "head_message_timestamp": null},
              {"name": "failure-recorder", "head_message_timestamp": 1796000123}
            ]
            """);

        var heads = RabbitMqManagement.Parse(answer.RootElement);

        Assert.Equal(
            new Dictionary<string, DateTimeOffset>
            {
                ["clean-article"] = DateTimeOffset.FromUnixTimeSeconds(1796000000),
                ["failure-recorder"] = DateTimeOffset.FromUnixTimeSeconds(1796000123),
            },
            heads.SentAt);
    }

    [Fact]
    public void A_message_that_could_not_be_sent_does_not_wait()
    {
        var count = new StageCount();
        var id = Guid.NewGuid();
        count.Sending(id, DateTimeOffset.UtcNow);
        Assert.NotNull(count.OldestWaitingSince);

        count.NotSent(id);

        Assert.Null(count.OldestWaitingSince);
    }
}

/// <summary>A stand-in Clean stage that holds every message until the test releases it.</summary>
public sealed class HeldCleanConsumer : IConsumer<ArticleIngested>
{
    private static readonly TaskCompletionSource Released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Release() => Released.TrySetResult();

    public Task Consume(ConsumeContext<ArticleIngested> context) => Released.Task;
}

/// <summary>Queue <c>clean-article</c>, one message at a time.</summary>
public sealed class HeldCleanConsumerDefinition : ConsumerDefinition<HeldCleanConsumer>
{
    public HeldCleanConsumerDefinition()
    {
        EndpointName = PipelineQueues.Clean;
        ConcurrentMessageLimit = 1;
    }
}
