namespace Newspipe.Enrichment;

/// <summary>
/// A story signature prepared for comparison (its sets built once): story grouping compares a new article with
/// hundreds of candidates, and a candidate with many later articles.
/// </summary>
public sealed class StoryProfile
{
    private StoryProfile(StorySignature signature)
    {
        LeadingEntities = signature.EntityKeys.Take(StoryMatching.LeadingEntities).ToHashSet(StringComparer.Ordinal);
        Entities = signature.EntityKeys.ToHashSet(StringComparer.Ordinal);
        KeywordLemmas = StoryMatching.KeywordLemmas(signature.Keywords).ToHashSet(StringComparer.Ordinal);
        MinHash = signature.MinHash;
    }

    internal HashSet<string> LeadingEntities { get; }

    internal HashSet<string> Entities { get; }

    internal HashSet<string> KeywordLemmas { get; }

    internal IReadOnlyList<uint> MinHash { get; }

    public static StoryProfile Of(StorySignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return new StoryProfile(signature);
    }
}
