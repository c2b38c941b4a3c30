using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

public sealed class QueueStallClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minimum = TimeSpan.FromSeconds(5);

    [Fact]
    public void A_queue_without_consumer_is_stalled_from_its_first_look_onwards()
    {
        var clock = new QueueStallClock();

        Assert.Empty(clock.Observe([new QueueState("store-article", 10, 0)], Start, Minimum));
        var stalled = Assert.Single(clock.Observe([new QueueState("store-article", 12, 0)], Start.AddSeconds(30), Minimum));

        Assert.Equal(new StalledQueue("store-article", TimeSpan.FromSeconds(30), 12), stalled);
    }

    [Fact]
    public void A_consumer_seen_again_starts_the_clock_again()
    {
        var clock = new QueueStallClock();
        clock.Observe([new QueueState("enrich-article", 5, 0)], Start, Minimum);
        clock.Observe([new QueueState("enrich-article", 5, 1)], Start.AddSeconds(20), Minimum);

        Assert.Empty(clock.Observe([new QueueState("enrich-article", 5, 0)], Start.AddSeconds(24), Minimum));
        Assert.Single(clock.Observe([new QueueState("enrich-article", 5, 0)], Start.AddSeconds(30), Minimum));
    }

    [Fact]
    public void A_broker_that_does_not_answer_is_no_stall_and_restarts_every_clock()
    {
        var clock = new QueueStallClock();
        clock.Observe([new QueueState("clean-article", 1, 0)], Start, Minimum);

        Assert.Empty(clock.Observe(null, Start.AddSeconds(60), Minimum));
        Assert.Empty(clock.Observe([new QueueState("clean-article", 1, 0)], Start.AddSeconds(61), Minimum));
    }

    [Fact]
    public void Only_the_queues_without_consumer_are_listed()
    {
        var clock = new QueueStallClock();
        QueueState[] look = [new("store-article", 3, 0), new("failure-recorder", 0, 1)];
        clock.Observe(look, Start, Minimum);

        var stalled = clock.Observe(look, Start.AddSeconds(10), Minimum);

        Assert.Equal(["store-article"], stalled.Select(q => q.Queue));
    }
}
