using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>An article waiting for its turn in the store's <see cref="GroupCommit{TItem, TResult}"/>.</summary>
internal sealed record PendingArticle(ArticleEnriched Article, Func<EntityMention, string> EntityKey);
