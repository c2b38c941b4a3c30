using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// A Clean stage written without MassTransit, from docs/contracts.md alone: plain AMQP, the JSON envelope, the
/// exchange and queue names. It titles every article "[alt] file name" so a test can tell its work apart, appends its
/// own hop (stage <see cref="StageName"/>) to the journey, and continues the trace the message came with.
/// </summary>
internal sealed class AlternativeCleanStage : IAsyncDisposable
{
    public const string TitlePrefix = "[alt] ";

    public const string StageName = "alt-clean";

    private const string TraceHeader = "MT-Activity-Id";

    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly IChannel publisher;

    private AlternativeCleanStage(IConnection connection, IChannel channel, IChannel publisher)
    {
        this.connection = connection;
        this.channel = channel;
        this.publisher = publisher;
    }

    /// <summary>Why a delivery could not be handled, to explain a failed test.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<AlternativeCleanStage> StartAsync(string amqpUri)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        // Publishing with confirms on the consuming channel would wait on its own dispatcher: a channel of its own.
        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.ExchangeDeclareAsync("Newspipe.Contracts:ArticleIngested", ExchangeType.Fanout, durable: true);
        await channel.ExchangeDeclareAsync("Newspipe.Contracts:ArticleCleaned", ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync("clean-article", durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync("clean-article", "Newspipe.Contracts:ArticleIngested", routingKey: "");
        // As the contract asks of a publisher: the next stage's queue exists and is bound before anything is sent.
        await channel.QueueDeclareAsync("enrich-article", durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync("enrich-article", "Newspipe.Contracts:ArticleCleaned", routingKey: "");

        var stage = new AlternativeCleanStage(connection, channel, publisher);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += stage.CleanAsync;
        await channel.BasicConsumeAsync("clean-article", autoAck: false, consumer);
        return stage;
    }

    public async ValueTask DisposeAsync()
    {
        await channel.CloseAsync();
        await publisher.CloseAsync();
        await connection.CloseAsync();
        channel.Dispose();
        publisher.Dispose();
        connection.Dispose();
    }

    private async Task CleanAsync(object sender, BasicDeliverEventArgs delivery)
    {
        try
        {
            await PublishCleanedAsync(delivery);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        }
        catch (Exception exception)
        {
            Errors.Add(exception.ToString());
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: false);
        }
    }

    private async Task PublishCleanedAsync(BasicDeliverEventArgs delivery)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var envelope = JsonNode.Parse(Encoding.UTF8.GetString(delivery.Body.Span))!;
        var ingested = envelope["message"]!;
        // The trace goes on: same trace id, a span id of our own, the parent's flags (docs/contracts.md, "Trace header").
        var parent = delivery.BasicProperties.Headers?.TryGetValue(TraceHeader, out var header) == true && header is byte[] bytes
            ? Encoding.UTF8.GetString(bytes).Split('-')
            : null;
        var traceparent = parent is { Length: 4 } ? $"00-{parent[1]}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-{parent[3]}" : null;
        var journey = ingested["journey"]?.DeepClone().AsArray() ?? [];
        journey.Add(new JsonObject
        {
            ["stage"] = StageName,
            ["host"] = Environment.MachineName,
            ["pid"] = Environment.ProcessId,
            ["sentAt"] = envelope["sentTime"]?.GetValue<string>(),
            ["startedAt"] = startedAt.ToString("O"),
            ["finishedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["attempts"] = 1,
            ["traceId"] = parent is { Length: 4 } ? parent[1] : null,
        });
        var cleaned = new JsonObject
        {
            ["articleId"] = ingested["articleId"]!.GetValue<string>(),
            ["sourceName"] = ingested["sourceName"]!.GetValue<string>(),
            ["contentHash"] = ingested["contentHash"]!.GetValue<string>(),
            ["metadata"] = new JsonObject { ["title"] = TitlePrefix + ingested["sourceName"]!.GetValue<string>() },
            ["text"] = ingested["content"]!.GetValue<string>().Trim(),
            ["ingestedAt"] = ingested["ingestedAt"]!.GetValue<string>(),
            ["cleanedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["journey"] = journey,
        };
        var reply = new JsonObject
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["conversationId"] = envelope["conversationId"]?.GetValue<string>(),
            ["messageType"] = new JsonArray("urn:message:Newspipe.Contracts:ArticleCleaned"),
            ["message"] = cleaned,
            ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
        };

        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = reply["messageId"]!.GetValue<string>(),
            Headers = traceparent is null ? null : new Dictionary<string, object?> { [TraceHeader] = traceparent },
        };
        await publisher.BasicPublishAsync(
            "Newspipe.Contracts:ArticleCleaned", routingKey: "", mandatory: false, properties,
            Encoding.UTF8.GetBytes(reply.ToJsonString(new JsonSerializerOptions())));
    }
}
