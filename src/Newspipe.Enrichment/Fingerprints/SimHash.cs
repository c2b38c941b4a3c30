using System.Numerics;

namespace Newspipe.Enrichment.Fingerprints;

/// <summary>Charikar's SimHash over three-word shingles: near-identical texts differ in only a few of the 64 bits.</summary>
internal static class SimHash
{
    private const int ShingleSize = 3;

    public static ulong Compute(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }

        var wordHashes = words.Select(w => StableHash.Of(w)).ToArray();
        Span<int> votes = stackalloc int[64];
        var shingles = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < shingles; i++)
        {
            // Order matters inside a shingle, hence the rotations.
            var hash = 0UL;
            for (var k = 0; k < ShingleSize && i + k < wordHashes.Length; k++)
            {
                hash ^= BitOperations.RotateLeft(wordHashes[i + k], 21 * k);
            }

            hash = StableHash.Mix(hash);
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var result = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>Lower-case runs of letters and digits; punctuation, quote styles and spacing do not matter.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>(text.Length / 5);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
