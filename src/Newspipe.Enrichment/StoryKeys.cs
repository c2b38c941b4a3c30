using Newspipe.Enrichment.Fingerprints;

namespace Newspipe.Enrichment;

/// <summary>
/// The index keys of an article, so that story and near-duplicate candidates come from an index lookup instead of a
/// scan, with nothing missed. Two articles that <see cref="StoryMatching.StorySimilarity(StorySignature, StorySignature)"/> puts in one story share a
/// key: the vocabulary part alone stays below <see cref="StoryMatching.SameStoryThreshold"/>, so they share an entity
/// key or a keyword word. Two near-duplicates share a key too: SimHashes at most 3 bits apart are equal in at least
/// one of their four 16-bit blocks (pigeonhole).
/// </summary>
public static class StoryKeys
{
    private const int SimHashBlocks = StoryMatching.NearDuplicateMaxDistance + 1;
    private const int BlockBits = 64 / SimHashBlocks;

    /// <summary>Distinct 64-bit keys, sorted (the order the store locks them in). A hash collision only adds a candidate.</summary>
    public static long[] Of(ulong simHash, StorySignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var keys = new HashSet<long>();
        for (var block = 0; block < SimHashBlocks; block++)
        {
            var value = (simHash >> (block * BlockBits)) & ((1UL << BlockBits) - 1);
            keys.Add(unchecked((long)StableHash.Mix(((ulong)block << BlockBits | value) ^ 0x53696D48617368UL)));
        }

        foreach (var entity in signature.EntityKeys)
        {
            keys.Add(Key("e:", entity));
        }

        foreach (var lemma in StoryMatching.KeywordLemmas(signature.Keywords))
        {
            keys.Add(Key("k:", lemma));
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static long Key(string kind, string value) => unchecked((long)StableHash.Of(string.Concat(kind, value)));
}
