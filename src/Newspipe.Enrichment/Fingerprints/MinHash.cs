namespace Newspipe.Enrichment.Fingerprints;

/// <summary>A 64-value MinHash sketch of a set of terms; the share of equal values estimates the sets' Jaccard similarity.</summary>
internal static class MinHash
{
    public const int Size = 64;

    private static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    public static uint[] Compute(IEnumerable<string> terms)
    {
        var minima = new uint[Size];
        Array.Fill(minima, uint.MaxValue);
        var any = false;
        foreach (var term in terms)
        {
            any = true;
            var hash = StableHash.Of(term);
            for (var i = 0; i < Size; i++)
            {
                var value = (uint)StableHash.Mix(hash ^ Seeds[i]);
                if (value < minima[i])
                {
                    minima[i] = value;
                }
            }
        }

        return any ? minima : [];
    }

    public static double Similarity(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        if (a.Count == 0 || b.Count == 0 || a.Count != b.Count)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Count;
    }
}
