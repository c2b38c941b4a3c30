using Newspipe.Contracts;
using Newspipe.Ingest;
using Newspipe.Testing;

namespace Newspipe.Pipeline.Tests;

public sealed class StoredArticleHandoffTests
{
    [Fact]
    public async Task On_the_in_memory_transport_a_file_leaves_the_inbox_only_once_its_article_is_stored()
    {
        await using var host = await StageHost.StartAsync(
            b => b.AddStoredArticleHandoff().AddIngestStage(), bus => bus.AddConsumer<ArticleSettledConsumer>());
        File.Copy(GoldenSeeds.SeedPath(Messages.Seed), Path.Combine(host.Inbox, Messages.Seed));
        var processed = Path.Combine(host.Inbox, "processed", Messages.Seed);

        Assert.True(await host.Harness.Published.Any<ArticleIngested>());
        var ingested = host.Harness.Published.Select<ArticleIngested>().Single().Context.Message;
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(File.Exists(processed), "the file left the inbox before its article was stored");

        await host.Harness.Bus.Publish(new ArticleStored
        {
            ArticleId = ingested.ArticleId, SourceName = ingested.SourceName, Title = "t", AlreadyStored = false, StoredAt = DateTimeOffset.UtcNow,
        });

        for (var i = 0; i < 100 && !File.Exists(processed); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(File.Exists(processed));
    }
}
