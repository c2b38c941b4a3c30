using System.Diagnostics;
using MassTransit;
using Newspipe.Cleaning;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;

namespace Newspipe.Clean;

/// <summary>ArticleIngested → boilerplate removed, metadata found → ArticleCleaned.</summary>
public sealed class CleanArticleConsumer(ArticleCleaner cleaner, ArticleBodies bodies, ILogger<CleanArticleConsumer> logger)
    : IConsumer<ArticleIngested>
{
    public async Task Consume(ConsumeContext<ArticleIngested> context)
    {
        var article = context.Message;
        using var activity = PipelineTelemetry.Source.StartActivity("clean");
        activity?.SetTag("newspipe.article_id", article.ArticleId);
        activity?.SetTag("newspipe.source", article.SourceName);

        var content = await bodies.ReceiveAsync(article.Content, article.ContentAddress, context.CancellationToken);
        var started = Stopwatch.GetTimestamp();
        var cleaned = cleaner.Clean(content, article.Format, article.Metadata);
        PipelineTelemetry.StageDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("stage", "clean"));

        await context.Publish(
            new ArticleCleaned
            {
                ArticleId = article.ArticleId,
                SourceName = article.SourceName,
                ContentHash = article.ContentHash,
                Metadata = new ArticleMetadata
                {
                    Title = cleaned.Title,
                    Author = cleaned.Author,
                    Published = cleaned.Published,
                    Outlet = cleaned.Outlet,
                    Url = cleaned.CanonicalUrl,
                },
                Text = cleaned.Text,
                IngestedAt = article.IngestedAt,
                CleanedAt = DateTimeOffset.UtcNow,
            },
            context.CancellationToken);
        PipelineTelemetry.ArticlesProcessed.Add(1, new KeyValuePair<string, object?>("stage", "clean"));
        Log.Cleaned(logger, article.ArticleId, article.SourceName, cleaned.Text.Length);
    }
}
