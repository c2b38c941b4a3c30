namespace Newspipe.Storage;

/// <summary>A story in the story list: its title (its first article's), article count and first and latest store times.</summary>
public sealed record StorySummary(Guid Id, string Title, int Articles, DateTime FirstStoredAt, DateTime LastStoredAt);
