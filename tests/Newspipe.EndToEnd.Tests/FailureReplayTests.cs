using System.Text;
using Newspipe.Storage;
using Newspipe.Testing;
using RabbitMQ.Client;

namespace Newspipe.EndToEnd.Tests;

/// <summary>Failures in the distributed form: recorded whatever their cause, replayed by group after every process restarted.</summary>
[Collection(nameof(DistributedCollection))]
public sealed class FailureReplayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_group_of_failures_is_replayed_after_the_cause_is_removed_and_every_article_is_stored_once()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        var injected = new Dictionary<string, string> { ["FaultInjection__Stage"] = "enrich", ["FaultInjection__SourceNameContains"] = "-fail-" };
        pipeline.Start("Store");
        pipeline.Start("Enrich", injected);
        pipeline.Start("Clean");
        pipeline.Start("Ingest");
        await using var reader = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);

        for (var n = 0; n < 12; n++)
        {
            await File.WriteAllTextAsync(Path.Combine(pipeline.Inbox, $"{(n % 2 == 0 ? "ok" : "x-fail")}-{n}.txt.part"), GeneratedArticles.Text(n));
            File.Move(Path.Combine(pipeline.Inbox, $"{(n % 2 == 0 ? "ok" : "x-fail")}-{n}.txt.part"), Path.Combine(pipeline.Inbox, $"{(n % 2 == 0 ? "ok" : "x-fail")}-{n}.txt"));
        }

        await Eventually.HoldsAsync(
            async () => await reader.Store.CountAsync(CancellationToken.None) == 6
                && await reader.Failures.CountAsync(new FailureQuery(), CancellationToken.None) == 6,
            Patience, () => pipeline.Logs);
        var group = Assert.Single(await reader.Failures.GroupsAsync(FailureStatus.Unresolved, CancellationToken.None));
        Assert.Equal(("enrich", 6), (group.Stage, group.Count));
        var failures = await reader.Failures.ListAsync(new FailureQuery(), CancellationToken.None);
        Assert.All(failures, f => Assert.Contains("Fault injected", f.Reason, StringComparison.Ordinal));
        Assert.All(failures, f => Assert.StartsWith("x-fail-", f.SourceName, StringComparison.Ordinal));
        var (listed, listing) = await CliProcess.RunAsync(pipeline.StoreEnvironment, "failures", "list");
        Assert.True(listed == 0 && listing.Contains("6 failure(s)", StringComparison.Ordinal), listing);

        // Every process restarts; the cause is gone (Enrich without the switch); the group is replayed from the CLI.
        pipeline.KillAll();
        pipeline.StartAll();
        var (replayed, output) = await CliProcess.RunAsync(pipeline.StoreEnvironment, "failures", "replay", "--group", group.Key);
        Assert.True(replayed == 0, output);
        Assert.Contains("6 failure(s) queued for replay", output, StringComparison.Ordinal);

        await Eventually.HoldsAsync(
            async () => await reader.Store.CountAsync(CancellationToken.None) == 12
                && await reader.Failures.CountAsync(new FailureQuery(Status: FailureStatus.Resolved), CancellationToken.None) == 6,
            Patience, () => pipeline.Logs);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(12, await reader.Store.CountAsync(CancellationToken.None));
        Assert.Empty(await reader.Failures.ListAsync(new FailureQuery(), CancellationToken.None));
        var (_, after) = await CliProcess.RunAsync(pipeline.StoreEnvironment, "failures", "list");
        Assert.Contains("0 failure(s)", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_messages_put_on_each_stage_queue_by_hand_are_listed_among_the_failures_with_a_reason()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        pipeline.StartAll();
        await using var reader = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);
        await Eventually.HoldsAsync(() => Task.FromResult(BusesStarted(pipeline)), Patience, () => pipeline.Logs);

        var malformed = new (string Queue, string Source, string Body)[]
        {
            ("clean-article", "missing-content", Envelope("ArticleIngested", """{"articleId":"5b1c0f0e-2a4b-4c7e-9d0a-3f6b8e2d1c01","sourceName":"missing-content","format":"Text","contentHash":"ab","encoding":"utf-8","ingestedAt":"2026-01-01T00:00:00Z"}""")),
            ("enrich-article", "wrong-types", Envelope("ArticleCleaned", """{"articleId":"5b1c0f0e-2a4b-4c7e-9d0a-3f6b8e2d1c02","sourceName":"wrong-types","contentHash":12,"metadata":{},"text":["not","text"],"ingestedAt":"2026-01-01T00:00:00Z","cleanedAt":"2026-01-01T00:00:00Z"}""")),
            ("store-article", "not-a-guid", Envelope("ArticleEnriched", """{"articleId":"not-a-guid","sourceName":"not-a-guid"}""")),
            ("clean-article", "unknown-type", Envelope("SomethingElse", """{"articleId":"5b1c0f0e-2a4b-4c7e-9d0a-3f6b8e2d1c04","sourceName":"unknown-type"}""")),
            ("store-article", "(garbage)", "this is not JSON at all {"),
        };
        await PublishRawAsync(pipeline.Broker.ConnectionString, malformed);

        await Eventually.HoldsAsync(
            async () => await reader.Failures.CountAsync(new FailureQuery(), CancellationToken.None) == malformed.Length,
            Patience, () => pipeline.Logs);
        var failures = await reader.Failures.ListAsync(new FailureQuery(), CancellationToken.None);
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.All(failures, f => Assert.NotNull(f.Payload));
        foreach (var (queue, source, _) in malformed.Where(m => m.Source != "(garbage)"))
        {
            var failure = Assert.Single(failures, f => f.SourceName == source);
            Assert.Equal(queue, failure.Queue);
        }

        Assert.Contains(failures, f => f.SourceName == "unknown-type" && f.Reason.Contains("No consumer", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Queue == "store-article" && f.Payload!.StartsWith("this is not JSON", StringComparison.Ordinal));
        var (_, listing) = await CliProcess.RunAsync(pipeline.StoreEnvironment, "failures", "list");
        Assert.Contains($"{malformed.Length} failure(s)", listing, StringComparison.Ordinal);
    }

    private static bool BusesStarted(DistributedPipeline pipeline) => pipeline.Logs.Split("Bus started").Length > 4;

    private static string Envelope(string type, string message) =>
        $$"""{"messageId":"{{Guid.NewGuid()}}","messageType":["urn:message:Newspipe.Contracts:{{type}}"],"message":{{message}}}""";

    private static async Task PublishRawAsync(string amqpUri, IEnumerable<(string Queue, string Source, string Body)> messages)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqpUri) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        foreach (var (queue, _, body) in messages)
        {
            var properties = new BasicProperties
            {
                ContentType = "application/vnd.masstransit+json",
                DeliveryMode = DeliveryModes.Persistent,
                MessageId = Guid.NewGuid().ToString(),
            };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(body));
        }
    }
}
