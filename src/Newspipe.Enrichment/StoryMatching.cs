using Newspipe.Enrichment.Fingerprints;
using Newspipe.Enrichment.Summaries;

namespace Newspipe.Enrichment;

/// <summary>Pure, deterministic comparisons that decide near-duplicates and same-story articles.</summary>
public static class StoryMatching
{
    /// <summary>At or above this <see cref="StorySimilarity(StorySignature, StorySignature)"/> two articles tell the same story.</summary>
    public const double SameStoryThreshold = 0.33;

    /// <summary>Hamming distance up to which two SimHashes are copies of one text (the usual 3 of 64 bits).</summary>
    public const int NearDuplicateMaxDistance = 3;

    public static bool IsNearDuplicate(ulong simHashA, ulong simHashB) =>
        SimHash.Distance(simHashA, simHashB) <= NearDuplicateMaxDistance;

    /// <summary>
    /// 0..1: how far two articles share who is involved (overlap of their main entities), what they are about (overlap of
    /// keyword words) and how they tell it (estimated Jaccard similarity of their vocabularies). Symmetric.
    /// </summary>
    public static double StorySimilarity(StorySignature a, StorySignature b) => StorySimilarity(StoryProfile.Of(a), StoryProfile.Of(b));

    /// <summary>
    /// <see cref="StorySimilarity(StorySignature, StorySignature)"/> of two prepared signatures: comparing one article
    /// with many, its sets are built once.
    /// </summary>
    public static double StorySimilarity(StoryProfile a, StoryProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // The few most mentioned entities say most about who the story is about.
        var entities = (Overlap(a.LeadingEntities, b.LeadingEntities) + Overlap(a.Entities, b.Entities)) / 2;
        var keywords = Overlap(a.KeywordLemmas, b.KeywordLemmas);
        var vocabulary = Math.Min(1.0, MinHash.Similarity(a.MinHash, b.MinHash) / VocabularySaturation);
        return Math.Round(EntityWeight * entities + KeywordWeight * keywords + VocabularyWeight * vocabulary, 6);
    }

    internal const int LeadingEntities = 5;
    private const int MinimumSetSize = 4;
    private const double EntityWeight = 0.45;
    private const double KeywordWeight = 0.3;
    /// <summary>Below <see cref="SameStoryThreshold"/>: a shared vocabulary alone never makes one story (<see cref="StoryKeys"/> relies on it).</summary>
    internal const double VocabularyWeight = 0.25;

    // Rewrites of one event by different outlets share roughly a fifth to a third of their telling words.
    private const double VocabularySaturation = 0.3;

    /// <summary>
    /// Overlap coefficient: shared items over the size of the smaller set, so a short article is not penalised; but
    /// over at least <see cref="MinimumSetSize"/>, or an article naming only "United States" would match every other.
    /// </summary>
    private static double Overlap(HashSet<string> left, HashSet<string> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var item in left)
        {
            if (right.Contains(item))
            {
                shared++;
            }
        }

        return (double)shared / Math.Max(MinimumSetSize, Math.Min(left.Count, right.Count));
    }

    /// <summary>The words of the keywords as compared (lemmas); <see cref="StoryKeys"/> indexes the same words.</summary>
    internal static IEnumerable<string> KeywordLemmas(IEnumerable<string> keywords) =>
        keywords.SelectMany(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => WordForms.Lemma(w.ToLowerInvariant()));
}
