using System.Text.Json;
using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>A stage is replaced by another program speaking the documented messages; the other stages do not change.</summary>
[Collection(nameof(DistributedCollection))]
public sealed class SwappableStageTests
{
    [Fact]
    public async Task A_clean_stage_written_without_MassTransit_takes_the_place_of_the_Clean_service()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        await using var alternative = await AlternativeCleanStage.StartAsync(pipeline.Broker.ConnectionString);
        pipeline.Start("Store");
        pipeline.Start("Enrich");
        pipeline.Start("Ingest");
        await using var store = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);

        foreach (var seed in GoldenSeeds.Files)
        {
            pipeline.Drop(GoldenSeeds.SeedPath(seed));
        }

        await Eventually.HoldsAsync(
            async () => await store.Store.CountAsync(CancellationToken.None) >= 5, TimeSpan.FromMinutes(3), () => string.Join('\n', alternative.Errors) + pipeline.Logs);
        var stored = await store.Store.ListAsync(100, CancellationToken.None);
        Assert.Equal(
            GoldenSeeds.Files.Select(f => AlternativeCleanStage.TitlePrefix + f).Order(),
            stored.Select(a => a.Title).Order());
        var article = await store.Store.FindAsync(stored[0].Id.ToString(), CancellationToken.None);
        Assert.NotNull(article);
        Assert.Contains(article.Mentions, m => m.Canonical == "Vladimir Putin");
        // The replacement appended its hop and passed the trace on, as docs/contracts.md asks: one journey, one trace.
        var journey = JsonDocument.Parse(article.Record.JourneyJson!).RootElement.EnumerateArray().ToList();
        Assert.Equal(["ingest", AlternativeCleanStage.StageName, "enrich", "store"], journey.Select(hop => hop.GetProperty("stage").GetString()));
        Assert.Single(journey.Select(hop => hop.GetProperty("traceId").GetString()).Distinct());
        Assert.Matches("^[0-9a-f]{32}$", journey[0].GetProperty("traceId").GetString());
    }
}
