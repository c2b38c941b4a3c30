using System.Net.Http.Json;
using System.Text.Json;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>
/// The Store service's pipeline view (<c>GET /api/pipeline</c>) on the distributed pipeline: queue figures from
/// RabbitMQ (depth and consumers by passive declare, the oldest message's age from the management API), and a stage
/// with no consumer shown as a stall until it starts.
/// </summary>
[Collection(nameof(DistributedCollection))]
public sealed class DistributedPipelineViewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_stage_without_a_consumer_is_a_stall_with_its_queue_filling_and_ageing_until_it_starts()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        var storeService = pipeline.Start("Store");
        pipeline.Start("Clean");
        pipeline.Start("Ingest");
        await using var store = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);
        using var http = new HttpClient();
        JsonElement view = default;
        async Task<JsonElement> StageAsync(string stage)
        {
            view = await http.GetFromJsonAsync<JsonElement>(new Uri(storeService.Address!, "/api/pipeline"));
            return view.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(storeService.Address is not null), Patience, () => pipeline.Logs);
        pipeline.Drop(GoldenSeeds.SeedPath(GoldenSeeds.Files[0]));

        await Eventually.HoldsAsync(
            // Until Clean's bus has declared it, the queue does not exist and its depth is unknown (null).
            async () => (await StageAsync("enrich")).GetProperty("queue") is { ValueKind: JsonValueKind.Object } queue
                && queue.GetProperty("depth") is { ValueKind: JsonValueKind.Number } depth && depth.GetInt64() == 1,
            Patience,
            () => $"{view}\n{pipeline.Logs}");
        var enrich = await StageAsync("enrich");
        Assert.Equal(0, enrich.GetProperty("queue").GetProperty("consumers").GetInt32());
        Assert.Contains(enrich.GetProperty("stalls").EnumerateArray(), s => s.GetString() == "no consumer on enrich-article");
        Assert.Equal(1, (await StageAsync("clean")).GetProperty("queue").GetProperty("consumers").GetInt32());

        // The waiting message ages: the broker reports its send time (whole seconds) within a few seconds.
        double? Age(JsonElement stage) =>
            stage.GetProperty("queue").GetProperty("oldestAgeSeconds") is { ValueKind: JsonValueKind.Number } age ? age.GetDouble() : null;
        await Eventually.HoldsAsync(async () => Age(await StageAsync("enrich")) is not null, Patience, () => $"{view}");
        var firstAge = Age(await StageAsync("enrich"))!.Value;
        await Task.Delay(TimeSpan.FromSeconds(3));
        enrich = await StageAsync("enrich");
        Assert.InRange(Age(enrich)!.Value, firstAge + 2, firstAge + 120);
        Assert.Equal(JsonValueKind.Null, enrich.GetProperty("queue").GetProperty("ageUnknown").ValueKind);
        Assert.Equal(1, (await StageAsync("store")).GetProperty("queue").GetProperty("consumers").GetInt32());

        pipeline.Start("Enrich");
        await Eventually.HoldsAsync(async () => await store.Store.CountAsync(CancellationToken.None) == 1, Patience, () => pipeline.Logs);
        await Eventually.HoldsAsync(
            async () => (await StageAsync("enrich")).GetProperty("stalls").GetArrayLength() == 0,
            Patience,
            () => $"{view}");
        enrich = await StageAsync("enrich");
        Assert.Equal(1, enrich.GetProperty("queue").GetProperty("consumers").GetInt32());
        Assert.Equal(0, enrich.GetProperty("queue").GetProperty("depth").GetInt64());
        Assert.Null(Age(enrich));
        Assert.Equal(1, (await StageAsync("store")).GetProperty("processedPerMinute").GetInt32());
    }
}
