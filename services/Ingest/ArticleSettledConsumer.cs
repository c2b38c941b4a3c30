using MassTransit;
using Newspipe.Contracts;

namespace Newspipe.Ingest;

/// <summary>Tells <see cref="StoredArticleHandoff"/> which articles are stored, or failed with their failure recorded.</summary>
public sealed class ArticleSettledConsumer(StoredArticleHandoff handoff) : IConsumer<ArticleStored>, IConsumer<FailureRecorded>
{
    public Task Consume(ConsumeContext<ArticleStored> context) => Settle(context.Message.ArticleId);

    public Task Consume(ConsumeContext<FailureRecorded> context) =>
        context.Message.ArticleId is { } articleId ? Settle(articleId) : Task.CompletedTask;

    private Task Settle(Guid articleId)
    {
        handoff.Settled(articleId);
        return Task.CompletedTask;
    }
}
