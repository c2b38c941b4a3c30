using MassTransit;
using Newspipe.Clean;
using Newspipe.Contracts;
using Newspipe.Ingest;
using Newspipe.Testing;

namespace Newspipe.Pipeline.Tests;

public sealed class ClaimCheckTests
{
    [Fact]
    public async Task A_body_over_the_threshold_travels_as_an_address_and_Clean_reads_it_back()
    {
        await using var host = await StageHost.StartAsync(
            b => b.AddIngestStage().AddCleanStage(),
            bus => bus.AddCleanConsumers(),
            new Dictionary<string, string?> { ["MessageData:ThresholdBytes"] = "1000" });
        var seed = GoldenSeeds.SeedPath(Messages.Seed);
        Assert.True(new FileInfo(seed).Length > 1000);

        File.Copy(seed, Path.Combine(host.Inbox, Messages.Seed));

        Assert.True(await host.Harness.Published.Any<ArticleIngested>());
        var ingested = host.Harness.Published.Select<ArticleIngested>().Single().Context.Message;
        Assert.Equal("", ingested.Content);
        Assert.NotNull(ingested.ContentAddress);
        Assert.True(await host.Harness.Published.Any<ArticleCleaned>());
        var cleaned = host.Harness.Published.Select<ArticleCleaned>().Single().Context.Message;
        Assert.Equal(GoldenSeeds.Title(Messages.Seed), cleaned.Metadata.Title);
        Assert.Contains("Russian President Vladimir Putin visited Pyongyang", cleaned.Text, StringComparison.Ordinal);
        Assert.False(await host.Harness.Published.Any<Fault<ArticleIngested>>());
    }
}
