using Newspipe.Contracts;
using Newspipe.Ingest;
using Newspipe.Testing;

namespace Newspipe.Pipeline.Tests;

public sealed class InboxPublisherTests
{
    [Fact]
    public async Task A_file_dropped_into_the_inbox_is_published_and_then_leaves_the_inbox()
    {
        await using var host = await StageHost.StartAsync(b => b.AddIngestStage(), _ => { });
        File.Copy(GoldenSeeds.SeedPath(Messages.Seed), Path.Combine(host.Inbox, Messages.Seed));

        Assert.True(await host.Harness.Published.Any<ArticleIngested>());
        var ingested = host.Harness.Published.Select<ArticleIngested>().Single().Context.Message;
        Assert.Equal(Messages.Seed, ingested.SourceName);
        Assert.Equal(ArticleFormat.Text, ingested.Format);
        Assert.Equal(File.ReadAllText(GoldenSeeds.SeedPath(Messages.Seed)), ingested.Content);
        await WaitUntilAsync(() => !File.Exists(Path.Combine(host.Inbox, Messages.Seed)));
    }

    [Fact]
    public async Task An_empty_file_is_reported_as_failed_with_its_name_and_reason()
    {
        await using var host = await StageHost.StartAsync(b => b.AddIngestStage(), _ => { });
        File.WriteAllBytes(Path.Combine(host.Inbox, "empty.txt"), []);

        Assert.True(await host.Harness.Published.Any<ArticleFailed>());
        var failed = host.Harness.Published.Select<ArticleFailed>().Single().Context.Message;
        Assert.Equal("empty.txt", failed.SourceName);
        Assert.Equal("ingest", failed.Stage);
        Assert.Contains("empty", failed.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.False(await host.Harness.Published.Any<ArticleIngested>());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
