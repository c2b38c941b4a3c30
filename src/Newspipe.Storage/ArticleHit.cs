namespace Newspipe.Storage;

/// <summary>
/// One search result. <paramref name="Rank"/> is the full-text score (higher is better; null without search words);
/// <paramref name="Snippet"/> is the best passage with the matched words marked, as plain text segments for a page to
/// encode, or the summary when there were no search words.
/// </summary>
public sealed record ArticleHit(
    Guid Id,
    string Title,
    string? Outlet,
    string? Published,
    string Language,
    Guid StoryId,
    Guid? DuplicateOf,
    DateTime StoredAt,
    double? Rank,
    IReadOnlyList<SnippetSegment> Snippet);
