using System.Collections.Concurrent;
using MassTransit;
using Newspipe.Contracts;
using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

/// <summary>A stand-in Clean stage whose first attempt meets a transient fault (a time-out), as when a dependency blips.</summary>
public sealed class FlakyCleanConsumer : IConsumer<ArticleIngested>
{
    // A consumer is made anew for every attempt: the attempts are counted per article.
    private static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public async Task Consume(ConsumeContext<ArticleIngested> context)
    {
        if (Attempts.AddOrUpdate(context.Message.ArticleId, 1, (_, n) => n + 1) == 1)
        {
            throw new TimeoutException("the first attempt timed out");
        }

        var article = context.Message;
        await context.Publish(
            new ArticleCleaned
            {
                ArticleId = article.ArticleId,
                SourceName = article.SourceName,
                ContentHash = article.ContentHash,
                Metadata = new ArticleMetadata { Title = "flaky" },
                Text = article.Content,
                IngestedAt = article.IngestedAt,
                CleanedAt = DateTimeOffset.UtcNow,
                Journey = context.WithHop(article.Journey, "clean"),
            },
            context.CancellationToken);
    }
}
