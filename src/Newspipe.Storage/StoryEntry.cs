namespace Newspipe.Storage;

/// <summary>
/// An article as story grouping records it: <paramref name="Keys"/> are its index keys (articles of one story or
/// near-duplicates share at least one), <paramref name="At"/> its time, which the story window counts from.
/// </summary>
public sealed record StoryEntry(Guid ArticleId, DateTime At, ulong SimHash, string Signature, IReadOnlyCollection<long> Keys);
