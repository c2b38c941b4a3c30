using Newspipe.ServiceDefaults;
using Newspipe.Testing;
using RabbitMQ.Client;

namespace Newspipe.Pipeline.Tests;

/// <summary>The broker's own count of waiting messages and consumers, on the real RabbitMQ.</summary>
public sealed class BrokerQueuesTests
{
    [Fact]
    public async Task Counts_the_messages_and_consumers_the_broker_has_and_leaves_out_missing_queues()
    {
        await using var rabbit = await TestRabbitMq.CreateAsync();
        var connection = RabbitMqConnection.Parse(rabbit.ConnectionString);
        await using var client = await new ConnectionFactory { Uri = new Uri(rabbit.ConnectionString) }.CreateConnectionAsync();
        await using var channel = await client.CreateChannelAsync();
        await channel.QueueDeclareAsync("store-article", durable: true, exclusive: false, autoDelete: false);
        for (var i = 0; i < 3; i++)
        {
            await channel.BasicPublishAsync(string.Empty, "store-article", new ReadOnlyMemory<byte>([1, 2, 3]));
        }

        await using var broker = new BrokerQueues(connection);
        var before = await broker.ProbeAsync(["store-article", "no-such-queue"], CancellationToken.None);

        await channel.BasicQosAsync(0, 1, false);
        await channel.BasicConsumeAsync("store-article", autoAck: false, new AsyncDefaultBasicConsumer(channel));
        var after = await broker.ProbeAsync(["store-article"], CancellationToken.None);

        Assert.Equal([new QueueState("store-article", 3, 0)], before);
        Assert.Equal(1u, Assert.Single(after!).Consumers);
    }

    [Fact]
    public async Task A_broker_that_cannot_be_reached_gives_no_answer_instead_of_an_error()
    {
        await using var broker = new BrokerQueues(new RabbitMqConnection("127.0.0.1", 1, "/", "guest", "guest"));

        Assert.Null(await broker.ProbeAsync(["store-article"], CancellationToken.None));
    }
}
