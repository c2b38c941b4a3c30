using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>An article waiting in the <see cref="ArticleWriteQueue"/>, and what became of it.</summary>
internal sealed class PendingArticle(ArticleEnriched article, Func<EntityMention, string> entityKey)
{
    public ArticleEnriched Article { get; } = article;

    public Func<EntityMention, string> EntityKey { get; } = entityKey;

    public TaskCompletionSource<SaveResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
