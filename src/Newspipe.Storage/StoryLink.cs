namespace Newspipe.Storage;

/// <summary>The story an article belongs to: its id, title (its first article's) and how many articles it holds.</summary>
public sealed record StoryLink(Guid Id, string Title, int Articles);
