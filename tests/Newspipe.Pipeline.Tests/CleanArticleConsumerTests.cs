using MassTransit;
using Newspipe.Clean;
using Newspipe.Contracts;
using Newspipe.Testing;

namespace Newspipe.Pipeline.Tests;

public sealed class CleanArticleConsumerTests
{
    [Fact]
    public async Task A_seed_article_is_cleaned_and_passed_on_with_its_title()
    {
        await using var host = await StageHost.StartAsync(b => b.AddCleanStage(), bus => bus.AddCleanConsumers());
        var ingested = Messages.Ingested(File.ReadAllText(GoldenSeeds.SeedPath(Messages.Seed)));

        await host.Harness.Bus.Publish(ingested);

        var consumer = host.Harness.GetConsumerHarness<CleanArticleConsumer>();
        Assert.True(await consumer.Consumed.Any<ArticleIngested>(m => m.Context.Message.ArticleId == ingested.ArticleId));
        var cleaned = host.Harness.Published.Select<ArticleCleaned>().Single().Context.Message;
        Assert.Equal(ingested.ArticleId, cleaned.ArticleId);
        Assert.Equal(GoldenSeeds.Title(Messages.Seed), cleaned.Metadata.Title);
        Assert.DoesNotContain("Subscribe to the New American", cleaned.Text, StringComparison.Ordinal);
        Assert.False(await host.Harness.Published.Any<Fault<ArticleIngested>>());
    }

    [Fact]
    public async Task Content_with_no_article_in_it_fails_at_once_and_is_reported_with_the_message()
    {
        await using var host = await StageHost.StartAsync(b => b.AddCleanStage(), bus => bus.AddCleanConsumers());
        var ingested = Messages.Ingested("<html><body><nav>Home</nav></body></html>", "empty-page.html") with
        {
            Format = ArticleFormat.Html,
        };

        await host.Harness.Bus.Publish(ingested);

        Assert.True(await host.Harness.Published.Any<ArticleFailed>());
        var failed = host.Harness.Published.Select<ArticleFailed>().Single().Context.Message;
        Assert.Equal(("empty-page.html", "clean", "clean-article"), (failed.SourceName, failed.Stage, failed.Queue));
        Assert.Equal(ingested.ArticleId, failed.ArticleId);
        Assert.EndsWith("CleaningException", failed.ExceptionType, StringComparison.Ordinal);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("CleanArticleConsumer", failed.StackTrace, StringComparison.Ordinal);
        Assert.Contains(ingested.ArticleId.ToString(), failed.Body, StringComparison.Ordinal);
        Assert.False(await host.Harness.Published.Any<ArticleCleaned>());
        Assert.False(await host.Harness.Published.Any<Fault<ArticleIngested>>());
    }
}
