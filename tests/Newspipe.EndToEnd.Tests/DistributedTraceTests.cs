using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// One article, one trace across the four services: the spans they export over OTLP, received inside the test, form
/// one tree from Ingest's root (linked to the file's span) through Clean and Enrich to Store, and the article's stored
/// journey names that trace.
/// </summary>
[Collection(nameof(DistributedCollection))]
public sealed class DistributedTraceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly string[] Services = ["newspipe-ingest", "newspipe-clean", "newspipe-enrich", "newspipe-store"];

    [Fact]
    public async Task A_dropped_seed_makes_one_trace_with_spans_from_all_four_services_in_parent_child_order()
    {
        await using var receiver = OtlpReceiver.Start();
        await using var pipeline = await DistributedPipeline.CreateAsync();
        foreach (var stage in new[] { "Store", "Enrich", "Clean", "Ingest" })
        {
            pipeline.Start(stage, Telemetry(receiver));
        }

        await using var store = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);
        // A copy of what Clean publishes, to read the header a replacement stage would get (docs/contracts.md).
        await using var amqp = await new ConnectionFactory { Uri = new Uri(pipeline.Broker.ConnectionString) }.CreateConnectionAsync();
        await using var tap = await amqp.CreateChannelAsync();
        await tap.ExchangeDeclareAsync("Newspipe.Contracts:ArticleCleaned", ExchangeType.Fanout, durable: true);
        var tapQueue = (await tap.QueueDeclareAsync()).QueueName;
        await tap.QueueBindAsync(tapQueue, "Newspipe.Contracts:ArticleCleaned", routingKey: "");
        var seed = GoldenSeeds.Files[0];
        pipeline.Drop(GoldenSeeds.SeedPath(seed));
        await Eventually.HoldsAsync(async () => await store.Store.CountAsync(CancellationToken.None) == 1, Patience, () => pipeline.Logs);
        var article = (await store.Store.FindAsync((await store.Store.ListAsync(1, CancellationToken.None))[0].Id.ToString(), CancellationToken.None))!;
        var journey = JsonDocument.Parse(article.Record.JourneyJson!).RootElement.EnumerateArray().ToList();
        var traceId = journey[0].GetProperty("traceId").GetString()!;

        Assert.Equal(["ingest", "clean", "enrich", "store"], journey.Select(hop => hop.GetProperty("stage").GetString()));
        Assert.All(journey, hop => Assert.Equal(traceId, hop.GetProperty("traceId").GetString()));
        var cleaned = await tap.BasicGetAsync(tapQueue, autoAck: true);
        Assert.NotNull(cleaned);
        var headers = cleaned.BasicProperties.Headers!;
        Assert.True(headers.ContainsKey("MT-Activity-Id"), string.Join(", ", headers.Keys));
        var traceparent = Encoding.UTF8.GetString((byte[])headers["MT-Activity-Id"]!);
        Assert.StartsWith($"00-{traceId}-", traceparent, StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            () => Task.FromResult(StoreSpan(receiver, traceId) is { } leaf && PathToRoot(receiver, leaf).Last().ParentSpanId is null),
            Patience,
            () => $"spans received: {string.Join(", ", receiver.Spans.Select(s => $"{s.Service}/{s.Name}/{s.TraceId[..8]}"))}\n{pipeline.Logs}");

        var path = PathToRoot(receiver, StoreSpan(receiver, traceId)!);
        path.Reverse();
        var root = path[0];
        Assert.Equal("newspipe-ingest", root.Service);
        Assert.Equal("ingest", root.Name);
        var file = Assert.Single(receiver.Spans, s => s.SpanId == Assert.Single(root.LinkedSpanIds));
        Assert.Equal("ingest file", file.Name);
        Assert.NotEqual(traceId, file.TraceId);
        // Parent before child all the way down: the services appear in pipeline order, each after the one before.
        Assert.Equal(Services, path.Select(s => s.Service).Distinct());
        Assert.Equal(Services, path.Select(s => s.Service).Where((service, i) => i == 0 || path[i - 1].Service != service));
        Assert.All(path, s => Assert.Equal(traceId, s.TraceId));
    }

    [Fact]
    public async Task A_json_file_of_two_articles_makes_two_traces_each_linked_to_the_files_span()
    {
        await using var receiver = OtlpReceiver.Start();
        await using var pipeline = await DistributedPipeline.CreateAsync();
        foreach (var stage in new[] { "Store", "Enrich", "Clean", "Ingest" })
        {
            pipeline.Start(stage, Telemetry(receiver));
        }

        await using var store = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);
        var texts = GoldenSeeds.Files.Take(2).Select(file => File.ReadAllText(GoldenSeeds.SeedPath(file))).ToList();
        var json = Path.Combine(Directory.CreateTempSubdirectory("newspipe-json-").FullName, "two.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(texts.Select(text => new { text })));
        pipeline.Drop(json);
        await Eventually.HoldsAsync(async () => await store.Store.CountAsync(CancellationToken.None) == 2, Patience, () => pipeline.Logs);

        var traceIds = new List<string>();
        foreach (var stored in await store.Store.ListAsync(2, CancellationToken.None))
        {
            var article = (await store.Store.FindAsync(stored.Id.ToString(), CancellationToken.None))!;
            traceIds.Add(JsonDocument.Parse(article.Record.JourneyJson!).RootElement[0].GetProperty("traceId").GetString()!);
        }

        Assert.Equal(2, traceIds.Distinct().Count());
        await Eventually.HoldsAsync(
            () => Task.FromResult(traceIds.All(t => StoreSpan(receiver, t) is { } leaf && PathToRoot(receiver, leaf).Last().ParentSpanId is null)),
            Patience,
            () => $"spans received: {string.Join(", ", receiver.Spans.Select(s => $"{s.Service}/{s.Name}/{s.TraceId[..8]}"))}");
        var roots = traceIds.Select(t => PathToRoot(receiver, StoreSpan(receiver, t)!).Last()).ToList();
        Assert.All(roots, root => Assert.Equal(("newspipe-ingest", "ingest"), (root.Service, root.Name)));
        var file = Assert.Single(roots.Select(root => Assert.Single(root.LinkedSpanIds)).Distinct());
        Assert.Equal("ingest file", Assert.Single(receiver.Spans, s => s.SpanId == file).Name);
        File.Delete(json);
    }

    private static Dictionary<string, string> Telemetry(OtlpReceiver receiver) => new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
    };

    private static ReceivedSpan? StoreSpan(OtlpReceiver receiver, string traceId) =>
        receiver.Spans.FirstOrDefault(s => s.TraceId == traceId && s.Service == "newspipe-store" && s.Name == "store");

    // From a span up through its parents, as far as the received spans go.
    private static List<ReceivedSpan> PathToRoot(OtlpReceiver receiver, ReceivedSpan leaf)
    {
        var spans = receiver.Spans.Where(s => s.TraceId == leaf.TraceId).ToDictionary(s => s.SpanId);
        var path = new List<ReceivedSpan> { leaf };
        while (path[^1].ParentSpanId is { } parent && spans.TryGetValue(parent, out var next))
        {
            path.Add(next);
        }

        return path;
    }
}
