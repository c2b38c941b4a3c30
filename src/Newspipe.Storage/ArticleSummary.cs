namespace Newspipe.Storage;

/// <summary>One row of the article list.</summary>
public sealed record ArticleSummary(
    Guid Id,
    string Title,
    string? Outlet,
    string? Published,
    string Language,
    Guid StoryId,
    Guid? DuplicateOf,
    string SourceName,
    DateTime IngestedAt,
    DateTime StoredAt);
