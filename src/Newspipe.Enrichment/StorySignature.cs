namespace Newspipe.Enrichment;

/// <summary>
/// What story grouping compares, small enough to store with each article: the article's most mentioned entities
/// (as <see cref="EntityIdentity.KeyOf"/> keys, most mentioned first), its keywords, and a 64-value MinHash sketch of
/// its vocabulary (content words and entity keys). An empty sketch means the article had no words.
/// </summary>
public sealed record StorySignature(IReadOnlyList<string> EntityKeys, IReadOnlyList<string> Keywords, IReadOnlyList<uint> MinHash);
