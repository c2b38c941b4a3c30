using MassTransit;
using Newspipe.Contracts;
using Newspipe.Enrichment;
using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>ArticleCleaned → language, entities, quotes, keywords, summary, story → ArticleEnriched.</summary>
public sealed class EnrichArticleConsumer(ArticleEnricher enricher, StoryGrouping stories)
    : IConsumer<ArticleCleaned>
{
    // Far above the few milliseconds an article takes; only a pathological text gets near it.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    public async Task Consume(ConsumeContext<ArticleCleaned> context)
    {
        var article = context.Message;
        var enrichment = await StageTimeLimit.RunAsync(
            () => enricher.Enrich(article.Metadata.Title ?? "", article.Text), TimeLimit, "Enrichment", context.CancellationToken);
        var story = await stories.AssignAsync(article.ArticleId, article.IngestedAt, enrichment, context.CancellationToken);

        await context.Publish(
            new ArticleEnriched
            {
                ArticleId = article.ArticleId,
                SourceName = article.SourceName,
                ContentHash = article.ContentHash,
                Metadata = article.Metadata,
                Text = article.Text,
                Language = enrichment.Language,
                LanguageConfidence = enrichment.LanguageConfidence,
                Entities = EnrichmentContract.Entities(enrichment),
                Quotes = EnrichmentContract.Quotes(enrichment),
                Keywords = enrichment.Keywords,
                Summary = enrichment.Summary,
                StoryId = story.StoryId,
                DuplicateOf = story.DuplicateOf,
                IngestedAt = article.IngestedAt,
                CleanedAt = article.CleanedAt,
                EnrichedAt = DateTimeOffset.UtcNow,
                Notes = article.Notes,
                Journey = context.WithHop(article.Journey, "enrich"),
            },
            context.CancellationToken);
    }
}
