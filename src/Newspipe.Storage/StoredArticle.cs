using Newspipe.Contracts;

namespace Newspipe.Storage;

/// <summary>An article as read back: the row, its parsed lists, and the shared entities it links to.</summary>
public sealed record StoredArticle(
    ArticleRecord Record,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<Quotation> Quotes,
    IReadOnlyList<EntityRecord> Entities);
