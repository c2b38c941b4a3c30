using MassTransit;
using Newspipe.Contracts;
using Newspipe.Storage;
using Newspipe.Store;

namespace Newspipe.Pipeline.Tests;

public sealed class StoreArticleConsumerTests
{
    [Fact]
    public async Task An_enriched_article_is_stored_once_even_when_delivered_twice()
    {
        await using var host = await StageHost.StartAsync(b => b.AddArticleStore(), bus => bus.AddStoreConsumers());
        var enriched = Messages.Enriched();

        await host.Harness.Bus.Publish(enriched);
        await host.Harness.Bus.Publish(enriched);

        var consumer = host.Harness.GetConsumerHarness<StoreArticleConsumer>();
        Assert.True(await consumer.Consumed.Any<ArticleEnriched>());
        Assert.True(await host.Harness.Published.Any<ArticleStored>(m => m.Context.Message.AlreadyStored));
        var stored = host.Harness.Published.Select<ArticleStored>().Select(m => m.Context.Message).ToList();
        Assert.Equal([false, true], stored.Select(s => s.AlreadyStored).Order());
        Assert.Equal(1, await host.Get<ArticleStore>().CountAsync(CancellationToken.None));
        Assert.False(await host.Harness.Published.Any<Fault<ArticleEnriched>>());
    }

    [Fact]
    public async Task Failures_of_any_stage_are_recorded_with_their_reason_and_announced()
    {
        await using var host = await StageHost.StartAsync(b => b.AddArticleStore(), bus => bus.AddStoreConsumers());

        await host.Harness.Bus.Publish(new ArticleFailed
        {
            SourceName = "empty.txt", Stage = "ingest", Reason = "the file is empty", FailedAt = DateTimeOffset.UtcNow,
        });

        var consumer = host.Harness.GetConsumerHarness<FailureRecorder>();
        Assert.True(await consumer.Consumed.Any<ArticleFailed>());
        var failure = Assert.Single(await host.Get<FailureStore>().ListAsync(new FailureQuery(), CancellationToken.None));
        Assert.Equal(("empty.txt", "ingest", "the file is empty"), (failure.SourceName, failure.Stage, failure.Reason));
        Assert.True(await host.Harness.Published.Any<FailureRecorded>(m => m.Context.Message.FailureId == failure.Id));
    }
}
