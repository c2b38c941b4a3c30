using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.Ingest;

/// <summary>Tells <see cref="StoredArticleHandoff"/> which articles are stored or failed.</summary>
public sealed class ArticleSettledConsumer(StoredArticleHandoff handoff)
    : IConsumer<ArticleStored>, IConsumer<Fault<ArticleIngested>>, IConsumer<Fault<ArticleCleaned>>, IConsumer<Fault<ArticleEnriched>>
{
    public Task Consume(ConsumeContext<ArticleStored> context) => Settle(context.Message.ArticleId);

    public Task Consume(ConsumeContext<Fault<ArticleIngested>> context) => Settle(context.Message.Message.ArticleId);

    public Task Consume(ConsumeContext<Fault<ArticleCleaned>> context) => Settle(context.Message.Message.ArticleId);

    public Task Consume(ConsumeContext<Fault<ArticleEnriched>> context) => Settle(context.Message.Message.ArticleId);

    private Task Settle(Guid articleId)
    {
        handoff.Settled(articleId);
        return Task.CompletedTask;
    }
}
