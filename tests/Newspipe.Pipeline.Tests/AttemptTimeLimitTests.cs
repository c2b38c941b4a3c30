using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

/// <summary>
/// An attempt that never finishes (as a publish left hanging by a RabbitMQ restart does, taking no cancellation) is
/// given up after Bus:AttemptTimeLimit and retried, so the delivery ends and the endpoint can go on.
/// </summary>
public sealed class AttemptTimeLimitTests
{
    [Fact]
    public async Task An_attempt_that_hangs_for_ever_is_given_up_and_the_retry_gets_the_message_through()
    {
        var consumer = new HangsOnce();
        await using var provider = new ServiceCollection()
            .AddSingleton(consumer)
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<HangsOnceConsumer>();
                bus.UsingInMemory((context, cfg) => cfg.ReceiveEndpoint("hangs-once", endpoint =>
                {
                    var options = new BusOptions
                    {
                        RetryLimit = 2,
                        RetryInterval = TimeSpan.FromMilliseconds(10),
                        RetryMaxInterval = TimeSpan.FromMilliseconds(10),
                        AttemptTimeLimit = TimeSpan.FromSeconds(1),
                    };
                    endpoint.UsePipelineRetry(options, "test", new RetryWatch(TimeProvider.System));
                    endpoint.ConfigureConsumer<HangsOnceConsumer>(context);
                }));
            })
            .BuildServiceProvider(true);
        var harness = provider.GetTestHarness();
        await harness.Start();

        await harness.Bus.Publish(new HangTestMessage(Guid.NewGuid()));

        var finished = await consumer.Finished.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, finished);
        Assert.False(await harness.Published.Any<Fault<HangTestMessage>>());
    }

    public sealed record HangTestMessage(Guid Id);

    /// <summary>Counts attempts: the first never finishes, the second completes <see cref="Finished"/> with its number.</summary>
    public sealed class HangsOnce
    {
        private int attempts;

        public TaskCompletionSource<int> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task AttemptAsync()
        {
            var attempt = Interlocked.Increment(ref attempts);
            if (attempt == 1)
            {
                return new TaskCompletionSource().Task;
            }

            Finished.TrySetResult(attempt);
            return Task.CompletedTask;
        }
    }

    public sealed class HangsOnceConsumer(HangsOnce attempts) : IConsumer<HangTestMessage>
    {
        public Task Consume(ConsumeContext<HangTestMessage> context) => attempts.AttemptAsync();
    }
}
