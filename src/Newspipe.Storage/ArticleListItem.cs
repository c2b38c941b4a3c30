namespace Newspipe.Storage;

/// <summary>An article in a list (an entity's articles, a story's timeline).</summary>
public sealed record ArticleListItem(
    Guid Id,
    string Title,
    string? Outlet,
    string? Published,
    string Language,
    Guid StoryId,
    Guid? DuplicateOf,
    DateTime StoredAt);
