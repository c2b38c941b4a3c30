using Newspipe.Storage;
using Newspipe.Testing;

namespace Newspipe.EndToEnd.Tests;

/// <summary>The four services as separate processes on a real RabbitMQ and PostgreSQL.</summary>
[Collection(nameof(DistributedCollection))]
public sealed class DistributedPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Seeds_dropped_into_the_inbox_are_stored_with_their_titles()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        pipeline.StartAll();
        await using var store = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);

        foreach (var seed in GoldenSeeds.Files)
        {
            pipeline.Drop(GoldenSeeds.SeedPath(seed));
        }

        await Eventually.HoldsAsync(
            async () => await store.Store.CountAsync(CancellationToken.None) >= 5, Patience, () => pipeline.Logs);
        var stored = await store.Store.ListAsync(100, CancellationToken.None);
        Assert.Equal(GoldenSeeds.Titles.Order(), stored.Select(a => a.Title).Order());
        Assert.Equal(GoldenSeeds.Files.Order(), stored.Select(a => a.SourceName).Order());
        Assert.Empty(Directory.GetFiles(pipeline.Inbox));
    }

    [Fact]
    public async Task Three_enrich_workers_share_one_queue_and_group_the_seeds_into_one_story()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        pipeline.Start("Store");
        pipeline.Start("Clean");
        var workers = Enumerable.Range(0, 3).Select(_ => pipeline.Start("Enrich")).ToList();
        pipeline.Start("Ingest");
        await using var store = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);

        foreach (var seed in GoldenSeeds.Files)
        {
            pipeline.Drop(GoldenSeeds.SeedPath(seed));
        }

        await Eventually.HoldsAsync(
            async () => await store.Store.CountAsync(CancellationToken.None) >= 5, Patience, () => pipeline.Logs);
        var stored = await store.Store.ListAsync(100, CancellationToken.None);
        Assert.Equal(5, stored.Count);
        Assert.Single(stored.Select(a => a.StoryId).Distinct());
        Assert.All(stored, a => Assert.Null(a.DuplicateOf));
        Assert.All(workers, w => Assert.False(w.HasExited, w.Output));
    }

    [Fact]
    public async Task Articles_wait_in_durable_queues_while_stages_are_down_and_are_stored_once_when_they_are_back()
    {
        await using var pipeline = await DistributedPipeline.CreateAsync();
        var store = pipeline.Start("Store");
        var enrich = pipeline.Start("Enrich");
        pipeline.Start("Clean");
        pipeline.Start("Ingest");
        await using var reader = await TestStore.CreateAsync(StoreProvider.Postgres, pipeline.Database.ConnectionString);

        // Both consumers have declared their durable queues; then they crash.
        await Eventually.HoldsAsync(() => Task.FromResult(store.BusStarted && enrich.BusStarted), Patience, () => pipeline.Logs);
        store.Kill();
        enrich.Kill();
        foreach (var seed in GoldenSeeds.Files)
        {
            pipeline.Drop(GoldenSeeds.SeedPath(seed));
        }

        await Eventually.HoldsAsync(() => Task.FromResult(Directory.GetFiles(pipeline.Inbox).Length == 0), Patience, () => pipeline.Logs);
        Assert.Equal(0, await reader.Store.CountAsync(CancellationToken.None));

        pipeline.Start("Enrich");
        pipeline.Start("Store");
        await Eventually.HoldsAsync(
            async () => await reader.Store.CountAsync(CancellationToken.None) >= 5, Patience, () => pipeline.Logs);

        // The same seeds dropped again are duplicates: reported, not stored twice.
        foreach (var seed in GoldenSeeds.Files)
        {
            pipeline.Drop(GoldenSeeds.SeedPath(seed), "again-" + seed);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(Directory.GetFiles(pipeline.Inbox).Length == 0), Patience, () => pipeline.Logs);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(5, await reader.Store.CountAsync(CancellationToken.None));
    }
}
