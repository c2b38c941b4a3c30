using MassTransit;
using Newspipe.Contracts;
using Newspipe.Enrich;
using Newspipe.Storage;

namespace Newspipe.Pipeline.Tests;

public sealed class EnrichArticleConsumerTests
{
    [Fact]
    public async Task A_cleaned_article_is_enriched_and_given_a_story()
    {
        await using var host = await StageHost.StartAsync(
            b => b.AddArticleStore().AddEnrichStage(), bus => bus.AddEnrichConsumers());
        var cleaned = Messages.Cleaned();

        await host.Harness.Bus.Publish(cleaned);

        var consumer = host.Harness.GetConsumerHarness<EnrichArticleConsumer>();
        Assert.True(await consumer.Consumed.Any<ArticleCleaned>());
        Assert.True(await host.Harness.Published.Any<ArticleEnriched>());
        var enriched = host.Harness.Published.Select<ArticleEnriched>().Single().Context.Message;
        Assert.Equal("en", enriched.Language);
        Assert.Contains(enriched.Entities, e => e is { Canonical: "Vladimir Putin", Type: "PERSON" });
        Assert.All(enriched.Entities, e => Assert.Equal(e.Text, cleaned.Text[e.Start..e.End]));
        Assert.Equal(cleaned.ArticleId, enriched.StoryId);
        Assert.False(await host.Harness.Published.Any<Fault<ArticleCleaned>>());
    }
}
