namespace Newspipe.Storage;

/// <summary>
/// One entity: the canonical name first seen, its type, every spelling the articles used for it, and the articles
/// that mention it (newest stored first).
/// </summary>
public sealed record EntityDetail(
    string Id,
    string Name,
    string Type,
    DateTime FirstSeenAt,
    IReadOnlyList<string> Spellings,
    IReadOnlyList<ArticleListItem> Articles);
