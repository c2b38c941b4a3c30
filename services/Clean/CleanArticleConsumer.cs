using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.Cleaning;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;

namespace Newspipe.Clean;

/// <summary>ArticleIngested → boilerplate removed, metadata found, text capped → ArticleCleaned.</summary>
public sealed class CleanArticleConsumer(
    ArticleCleaner cleaner, ArticleBodies bodies, IOptions<CleanOptions> options, ILogger<CleanArticleConsumer> logger)
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
        var limits = options.Value;
        var cleaned = await StageTimeLimit.RunAsync(
            () => cleaner.Clean(content, article.Format, article.Metadata), limits.TimeLimit, "Cleaning", context.CancellationToken);
        var (text, cut) = TextLimit.Apply(cleaned.Text, limits.MaxTextChars);
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
                Text = text,
                IngestedAt = article.IngestedAt,
                CleanedAt = DateTimeOffset.UtcNow,
                Notes = cut is null ? article.Notes : [.. article.Notes ?? [], cut],
            },
            context.CancellationToken);
        PipelineTelemetry.ArticlesProcessed.Add(1, new KeyValuePair<string, object?>("stage", "clean"));
        Log.Cleaned(logger, article.ArticleId, PrintableText.Escape(article.SourceName), text.Length);
    }
}
