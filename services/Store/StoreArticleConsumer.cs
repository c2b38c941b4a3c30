using MassTransit;
using Newspipe.Contracts;
using Newspipe.Enrichment;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

namespace Newspipe.Store;

/// <summary>
/// ArticleEnriched → one row in the store (a redelivered, replayed or re-dropped article is not written twice; its
/// failures are resolved) → ArticleStored.
/// </summary>
public sealed class StoreArticleConsumer(ArticleStore store, ILogger<StoreArticleConsumer> logger) : IConsumer<ArticleEnriched>
{
    public async Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        // The article is kept with its whole journey; the store's hop ends as the write begins.
        var article = context.Message with { Journey = context.WithHop(context.Message.Journey, "store") };
        // Failures of this article (a replay that got through, or the file dropped again) are settled with the write.
        var result = await store.SaveAsync(article, EnrichmentContract.EntityKey, context.CancellationToken);
        var alreadyStored = result == SaveResult.AlreadyStored;
        if (alreadyStored)
        {
            Log.Duplicate(logger, article.ArticleId, PrintableText.Escape(article.SourceName));
        }

        await context.Publish(
            new ArticleStored
            {
                ArticleId = article.ArticleId,
                SourceName = article.SourceName,
                Title = article.Metadata.Title ?? "",
                AlreadyStored = alreadyStored,
                StoredAt = DateTimeOffset.UtcNow,
            },
            context.CancellationToken);
    }
}
