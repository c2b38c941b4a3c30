using MassTransit;
using Microsoft.Extensions.Options;
using Newspipe.Cleaning;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;

namespace Newspipe.Clean;

/// <summary>ArticleIngested → boilerplate removed, metadata found, text capped → ArticleCleaned.</summary>
public sealed class CleanArticleConsumer(ArticleCleaner cleaner, ArticleBodies bodies, IOptions<CleanOptions> options)
    : IConsumer<ArticleIngested>
{
    public async Task Consume(ConsumeContext<ArticleIngested> context)
    {
        var article = context.Message;
        var content = await bodies.ReceiveAsync(article.Content, article.ContentAddress, context.CancellationToken);
        var limits = options.Value;
        var cleaned = await StageTimeLimit.RunAsync(
            () => cleaner.Clean(content, article.Format, article.Metadata), limits.TimeLimit, "Cleaning", context.CancellationToken);
        var (text, cut) = TextLimit.Apply(cleaned.Text, limits.MaxTextChars);

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
                Journey = context.WithHop(article.Journey, "clean"),
            },
            context.CancellationToken);
    }
}
