using System.Diagnostics;
using MassTransit;
using Newspipe.Contracts;
using Newspipe.Enrichment;
using Newspipe.ServiceDefaults;

namespace Newspipe.Enrich;

/// <summary>ArticleCleaned → language, entities, quotes, keywords, summary, story → ArticleEnriched.</summary>
public sealed class EnrichArticleConsumer(ArticleEnricher enricher, StoryGrouping stories, ILogger<EnrichArticleConsumer> logger)
    : IConsumer<ArticleCleaned>
{
    // Far above the few milliseconds an article takes; only a pathological text gets near it.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    public async Task Consume(ConsumeContext<ArticleCleaned> context)
    {
        var article = context.Message;
        using var activity = PipelineTelemetry.Source.StartActivity("enrich");
        activity?.SetTag("newspipe.article_id", article.ArticleId);

        var started = Stopwatch.GetTimestamp();
        var enrichment = await StageTimeLimit.RunAsync(
            () => enricher.Enrich(article.Metadata.Title ?? "", article.Text), TimeLimit, "Enrichment", context.CancellationToken);
        var story = await stories.AssignAsync(article.ArticleId, article.IngestedAt, enrichment, context.CancellationToken);
        PipelineTelemetry.StageDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("stage", "enrich"));
        activity?.SetTag("newspipe.story_id", story.StoryId);

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
            },
            context.CancellationToken);
        PipelineTelemetry.ArticlesProcessed.Add(1, new KeyValuePair<string, object?>("stage", "enrich"));
        Log.Enriched(logger, article.ArticleId, enrichment.Language, enrichment.Entities.Count, story.StoryId);
    }
}
